"""An English page's labels around its story, matched when short (part of `CHROME`): a mail
archive's and a document viewer's fields, a letterhead's address, a site's related links, its
news module and archives, a slider's buttons, a seal's alt text, a link to the document."""

from __future__ import annotations

__all__ = ["SITE_LABELS"]

SITE_LABELS = [
    # a mail archive's header labels, each over its value: `Subject:`, `From:`, `To:`
    r"(?-i:^(?:Subject|From|To|Cc|Date|Sent|Reply-To)\s*:$)",
    # a forwarded mail's header: whom from and to (`*From:* Rogers, Katie <>`, `To: "Barnes,
    # Desiree N." >`), when sent (`*Sent:* Tuesday, July 31, 2018 5:36 PM`)
    r"(?-i:^\*{0,2}(?:From|To|Cc|Bcc|Reply-To)\s*:\s*\*{0,2}\s*\S.{0,80}(?:<[^<>\s]*>|\s>|@\S+)$)",
    r"(?-i:^\*{0,2}(?:Sent|Date)\s*:\s*\*{0,2}\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, "
    r"[A-Z][a-z]+ \d{1,2}, \d{4}\b.{0,30}$)",
    # a document viewer's controls over a PDF's text: `You are on page 1of 6`, `Size: px`,
    # `Start display at page:`, `Transcription` (its `Download "…"` is a notice)
    r"(?-i:^You are on page \d+\s*of\s*\d+$|^Size:\s*px$|^Start display at page:?$|"
    r"^Transcription$|^Download as (?:docx|pdf|txt|PDF)(?:,? (?:or )?(?:docx|pdf|txt|PDF))*$)",
    # a letterhead's address: `100 W. Washington Street, Suite 1401`, `Hagerstown, MD 21740 | …`,
    # `1255 22nd Street N.W.`; its company alone (`Roll Call, Inc.`)
    r"(?-i:^[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3},? (?:Inc|LLC|Ltd|Corp|Co)\.?$)|"
    r"(?-i:^\d{1,6}\s+(?:[NSEW]\.?\s+)?[A-Z0-9][\w.]*(?:\s+[A-Z][\w.]*){0,4}\s+(?:Street|St\.?|"
    r"Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Place|Pl\.?|Court|"
    r"Ct\.?|Parkway|Pkwy\.?)(?:\s+[NS]\.?[EW]\.?)?(?:,?\s*(?:Suite|Ste\.?|Room|Floor)\s*[\w-]+)?\s*$|"
    r"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,3},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?"
    r"(?:\s*[|,]\s*[\d().\s-]{7,20})?$)",
    r"^(?:Related(?: (?:News|Articles|Stories))?|Read more|Back to top|More news|You may also like)"
    r"\s*:?$",
    # a municipal site's news module and an archive's labels (`News Flash Home`, `News Archive`),
    # and its note on an expired item (`The original item was published from 11/15/2022…`)
    r"(?-i:^(?:News ?Flash|News Archive|Announcements|Latest(?: [A-Za-z]+)? [Nn]ews|Newsroom|"
    r"News Highlights|News (?:and|&) (?:[Ee]vents|[Mm]edia)|Media (?:Centre|Center))(?: Home)?$)"
    r"|^The original item was published from\b",
    # `MAIN201803030932000373849943881`: a picture's file name
    r"(?-i:^[A-Z]{2,8}_?\d{12,}$)",
    # a slider's buttons (`Previous Next`); a UN meeting's sitting (`32nd & 33rd Meetings (AM &
    # PM)`)
    r"(?-i:^Previous\s+Next$)|(?-i:^\d+(?:st|nd|rd|th)(?:\s*&\s*\d+(?:st|nd|rd|th))?\s+Meetings?"
    r"\s*\((?:AM|PM)(?:\s*&\s*(?:AM|PM))?\)$)",
    # a seal's and a banner's alt text (`printable banner`, `U.S. Department of State - Great Seal`)
    r"(?-i:^printable banner$|^.{2,60} - Great Seal$)",
    r"(?-i:^[a-z0-9-]{2,30}\.(?:com|org|net|cn)$)",  # `tujian.org`: a site's bare name
    # `Read the statement (in English)`: a link to the document itself
    r"^Read the (?:full )?(?:statement|report|release|speech|letter|declaration)"
    r"(?: \([^()]{2,20}\))?$",
    r"^Other (?:News|Stories|Articles|Posts) in\b.{0,40}$",  # `Other News in News Releases`
    r"^(?:Category|Categories|Tags?|Topics?|Filed under)\s*:",
    # `Archive for ‘President Xi’`, a blog's `Author Archives: hksar gov`
    r"^(?:Category |Tag |Author |Monthly |Daily |Yearly )?Archives?(?: for)?\s*[:‘'\"“]",
]
