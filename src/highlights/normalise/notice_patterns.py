"""Notices strong enough to drop a line of any length as page chrome (`NOTICE`): copyright and
reprint notices, a release's header fields, a site's footer, a bare link."""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES as HAN

# a portal's stamp with its address first (`http://www.sina.com.cn 2007年03月16日18:54 中国网`)
ADDRESSED_STAMP = (
    r"^(?:https?://)?www\.[\w.-]+\s+(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}"
)

# a broadcast's sponsor message (`Support for NPR comes from…`, `Support for this podcast and the
# following message come from…`): chrome as a line, no point as a card's sentence (cards.leads)
SPONSOR = re.compile(
    r"^Support for (?:this (?:podcast|program|programme|show)|NPR|PBS|[A-Z][\w&'’ ]{1,40}?)"
    r"(?: and the following message)? comes? from\b"
)
NOTICE = re.compile(
    # a Discuz forum's banner over every thread (`马上注册，结交更多好友，享用更多功能…`)
    r"^(?:马上注册|馬上註冊)[，,]\s*(?:结交更多好友|結交更多好友)|"
    # a QR code's call (`微信扫一扫，为…助力！`); the White House room a briefing is held in and
    # its hour; a breadcrumb with the page's stamp (`华夏经纬网 > 发布会 > 国台办 2023-02-20 …`)
    r"^(?:微信)?(?:扫一扫|掃一掃)[，,]|^James S\. Brady Press Briefing Room\b|"
    r"^\S{2,12}(?:\s*>\s*\S{1,12}){1,5}\s+(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$|"
    # a newsletter's promotion of its sister letters (`快跟著【遠見電子報】一起掌握知識…`)
    r"【[^【】]{1,12}(?:電子報|电子报|充電報|充电报)】|"
    # a network's and a transcript service's notes: `PLEASE CREDIT ANY QUOTES OR EXCERPTS…`,
    # `In case of doubt, please check with…`, `All materials herein are protected by…`; a trade
    # site's registration wall (`Create a free Manufacturing.net account to continue`)
    r"(?-i:^PLEASE CREDIT ANY QUOTES\b)|\bIn case of doubt, please check with\b|"
    r"\bAll materials herein are protected by\b|^Create a free .{2,40} account to continue$|"
    # a podcast's ad-choice link (`Learn more about sponsor message choices: podcastchoices.com/…`)
    r"^Learn more about sponsor message choices\b|"
    # a paper's publishing system left in the text (`2025-07-28 1 1 聊城日报 content_73622.html 1
    # 我市…编制工作 /enpproperty-->`): the story's record, not its text
    r"\benpproperty\b|(?:^|\s)content_\d+\.s?html?\b|"
    r"^您需要\s*(?:登录|登錄)\s*才可以下(?:载|載)或查看|"  # its note on attachments
    # a paywall's notes (`省略833字,正式会员可完整阅读`, `全文共6661字,当前仅显示2339字`), a
    # promotion's `→點我`, a page's speech service (`To activate the text-to-speech service…`)
    r"省略\d+字|正式(?:会员|會員)可|当前仅显示\d+字|當前僅顯示\d+字|→\s*(?:點我|点我)$|"
    r"^To (?:activate|use|enable) the [\w -]{2,30} (?:service|feature)\b|"
    # a science site's reference tail: the paper's DOI, the citation of the page itself
    r"\bDOI:?\s*10\.\d{4,}/|doi\.org/10\.\d{4,}/|^(?:More information|Journal information|"
    r"Citation|Provided by)\s*:|retrieved \d{1,2} [A-Z][a-z]+ \d{4} from https?://|"
    r"^This document is subject to copyright|"
    r"^(?:网友|網友)(?:评论|評論)仅供其表达个人看法|"  # a portal's note under its comment box
    r"(?:违法和|違法和)?不良信息(?:举报|舉報)(?:电话|電話|中心|邮箱|郵箱)|"  # a portal's footer
    r"^\[\s*(?:索引[号號]|[发發]文字[号號]|主[题題]分[类類])\s*\]\s*[|｜]|"  # a disclosure row
    # a portal's channels by country: `国际时讯 新加坡新闻 马来西亚新闻 菲律宾新闻 …`
    r"^(?:\S{2,8}(?:新闻|新聞|时讯|時訊|资讯|資訊)\s+){4,}\S{2,8}(?:新闻|新聞|时讯|時訊|资讯|資訊)?$|"
    # a public broadcaster's funders: `Major corporate funding for the PBS News Hour is
    # provided by BDO, BNSF…`
    r"^(?:Major )?(?:corporate )?funding for (?:the )?[^.]{2,60}? (?:is|has been) provided by\b|"
    # a release's call to its website: `For more information on X, please visit: www.ascom.com`
    r"^For (?:more|further) information\b[^.]{0,160}?\b(?:please )?(?:visit|go to)\b[^.]{0,20}"
    r"(?:www\.|https?://)\S+\s*$|"
    r"(?:欢迎|歡迎)(?:关注|關注)[^。]{0,16}(?:公众号|公眾號)|"  # a post's call to follow it
    # a subscribe box's thanks, left in the page under its form (`感謝您的訂閱！`)
    r"^(?:感謝您的訂閱|感谢您的订阅|感謝訂閱|感谢订阅|Thanks? (?:you )?for subscribing)"
    r"\s*[!！。.]?$|"
    # a release's header fields
    r"^(?:Embargoed until|(?:Media|Program|Press) contacts?)\s*:|"
    r"When typing in this field, a list of search results|^No results found\. Please\b|"
    r"^(?:https?://|www\.)[\w./?=&%#:~+,;@!$*'-]+$|"  # a bare link, however long
    r"^!\[[^\]]{0,80}\]\([^()\s]{1,300}\)$|"  # a picture's Markdown on a line of its own
    r"^(?:Categories|Tags|Topics)$|"
    # a regulatory notice's legends; a mailing's own lines
    r"^NOT FOR (?:RELEASE|PUBLICATION|DISTRIBUTION)\b|"
    r"^THIS ANNOUNCEMENT CONTAINS INSIDE INFORMATION|You are subscribed to\b|"
    # the names an announcement defines for itself: `("Symphony", the "Company" or the "Group")`
    r"^\(\s*[\"“][^\"“”]{1,40}[\"”]"
    r"(?:,?\s+(?:the|or|and|or the|and the)\s+[\"“][^\"“”]{1,20}[\"”])+\s*\)$|"
    # a feedback widget (`此頁面有問題嗎？`); another story listed with its date first
    # (`09-03-06·布兰妮复出巡演疑假唱 歌迷力挺：没人比得上！`)
    r"^(?:此頁面|此页面|本頁|本页)有(?:問題|问题)(?:嗎|吗)[?？]?$|"
    # a story's pages (`【 第1頁 第2頁 第3頁 … 】`); an e-paper's issue (`第670期 │ 發行日期：…`)
    r"^[【\[]?\s*(?:第\s*\d{1,3}\s*[頁页]\s*){3,}[】\]]?\s*$|"
    r"^第\s*\d{1,5}\s*期\s*[│|｜]\s*(?:發行|发行|出版)(?:日期|時間|时间)\s*[:：]|"
    # a site's footer menu: `设置首页 - 搜狗输入法 - 支付中心 - 搜狐招聘 - …`
    r"^(?:[^\s-][^-]{0,14}\s[-–]\s){4,}[^-]{1,15}$|^\d{2}-\d{2}-\d{2}\s*[·・][^。]{2,60}$|"
    r"^THIS IS A RUSH TRANSCRIPT\b|^FORM AND MAY BE UPDATED\.?$|"  # a network's notice, wrapped
    r"(?-i:^Download\s+\"[^\"]{4,300}\"$)|"  # a document viewer's link: the title again
    r"^This information has recently been updated\b|"
    # the page's own address (`本文鏈接：http://…`); a gallery's keys (`…使用键盘'←' '→'键翻页。`)
    r"^(?:本文|原文)(?:鏈接|链接|地址|網址|网址)\s*[:：]\s*\S|(?:键盘|鍵盤).{0,20}(?:翻页|翻頁)|"
    # a site's menu in title case, however long (`Sign In Search Podcasts Charts People &…`)
    r"(?-i:^(?=(?:.*?\b(?:Sign In|Log In|Login|Sign Up|Register|Subscribe|Search|Home|Menu|"
    r"Contact Us|About Us|Newsletters?|Podcasts|Pricing)\b){3})"
    r"[A-Z&][\w&'-]*(?: [A-Z&][\w&'-]*){4,}$)|"
    # a comment form's prompt (`請輸入你的評論！`)
    r"^(?:請輸入你的評論|请输入你的评论|請輸入您的評論|请输入您的评论)|"
    # a portal's stamp with its address first (`http://www.sina.com.cn 2007年03月16日18:54 中国网`)
    rf"{ADDRESSED_STAMP}|"
    # a web server's error where an include was, however many times in a row
    r"^(?:\[an error occurred while processing (?:this|the) directive\]\s*)+$|"
    r"^There were [\d,]+ press releases posted\b|"  # a newswire's count of its day
    # an English cookie notice: `We use cookies for analytics… By continuing to browse…`
    r"^(?:We use cookies|This (?:site|website) uses cookies)\b|"
    r"^By continuing to (?:browse|use) this\b|"
    # `[節錄自立法院第11屆第3會期卓院長口頭施政報告114年2月25日]`: where the text was taken from
    r"^[\[【(（]\s*(?:節錄自|节录自|摘自|摘錄自|摘录自|轉載自|转载自|原載於|原载于)[^\]】)）]{2,80}[\]】)）]$|"
    # `本文原刊於《華爾街日報》，端傳媒獲授權轉載`: the paper a repost was first printed in
    r"^本文(?:原刊於|原刊于|原載於|原载于|首發於|首发于|轉載自|转载自)[^。]{2,60}(?:。|$)|"
    # `(To view the Multimedia News Release, go to: http://…)`; an archive's row of years
    r"^\(?To view the [\w ]{2,40}, (?:go to|visit|click)\b|^-\s*more\s*-$|"
    r"^(?:(?:19|20)\d{2}(?:\s*-\s*\d{2,4})?\s+){4,}(?:19|20)\d{2}(?:\s*-\s*\d{2,4})?$|"
    # a site's label alone in brackets: `【香港政府新聞網】`
    r"^【[^【】]{2,12}(?:網|网|台|社|報|报|新聞|新闻)】$|"
    # a government site's footer: `重要告示 最近修訂日期`, `無障礙網頁嘉許計劃`, `Valid HTML 4.01`
    r"重要告示|最近修[訂订]日期|無障礙網頁嘉許計劃|无障碍网页嘉许计划|\bValid (?:X?HTML|CSS)\b|"
    # a release's date in words under it: `二○○四年四月二十一日（星期三）`
    r"^[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日\s*"
    r"(?:[(（](?:星期|週|周)[一二三四五六日天][)）])?$|"
    # a disclosure table's title field (the headline is set again below it); an image's file
    # name left where the picture was (`2eba8e0d….png`)
    r"^(?:信息名[称稱]|資訊名稱)\s*[:：]|^(?:文件名[称稱]|信息名[称稱])\s.{2,80}索引[号號]|"
    # `（县政府办）`: the office that sent the story in, on a line of its own at its end
    r"^[(（][^()（）\s]{2,10}(?:办|辦|办公室|辦公室|供稿)[)）]$|^[(（]供稿\s*[:：][^()（）\s]{2,16}[)）]$|^[\w.-]{1,100}\.(?:png|jpe?g|gif|webp|bmp)$|"
    r"(?-i:^(?=[\w-]{0,40}\d{6})(?=[\w-]{0,60}_)[A-Za-z0-9_-]{12,60}$)|"  # an image's id
    # a language switch and share links: `Traditional Chinese Simplified Chinese Email this…`
    r"^(?:(?:Traditional Chinese|Simplified Chinese|English|Email this (?:article|page)|"
    r"Print this (?:article|page)|news\.gov\.hk|繁體版|简体版)\s*){2,}$|"
    # a share bar's buttons, spaced (`Facebook Twitter`), and a video's meta (`… 400 views`)
    r"^(?:(?:Facebook|Twitter|LinkedIn|WhatsApp|E-?mail|Print|Share|Tweet|Pinterest|Reddit|"
    r"Telegram|WeChat|Weibo|Messenger|Flipboard|Copy link)(?:\s*[|｜/·]\s*|\s+|$)){2,}$|"
    # (`關鍵字 Facebook WhatsApp WeChat 微博 Twitter 電郵 列印 上一篇…`: in a flattened line)
    r"^(?:\S{1,6}\s+)?(?:(?:Facebook|Twitter|WhatsApp|WeChat|Telegram|微博|微信|電郵|电邮)\s+){4,}|"
    r"^(?:(?:Published|Posted|Uploaded|Updated)\b.{1,40}?\s)?\d[\d,.]*[KkMm]?\s+views?$|"
    # a podcast page's fields and calls: `Length: 7s`, `Good episode? Give it some love!`,
    # `Transcripts are displayed as originally observed…`, `Request Podcast`
    r"^(?:Length|Runtime)\s*:\s*\d|^Good episode\?|^Request (?:Podcast|Transcript)$|"
    r"^Transcripts? (?:are|is) displayed as originally observed\b|"
    # a digest's credit (`Compiled from wire service reports by Monitor staff.`); a podcast
    # page's title, its parts between pipes (`… Nachrichten | Audios | DW Deutsch lernen | …`)
    r"^Compiled (?:from|by) [^.]{3,80}\.?$|"
    r"(?-i:^(?:[^|!?。，]{1,50} \| ){3,}[^|!?。，]{0,50}(?<!\.)$)|"
    r"^(?:[^.?!]{0,100}[.?!]\s+)?Subscribe to (?:the|our) [^.]{0,40}newsletter\.?$|"
    r"^(?:[A-Z]{2,5} )?Privacy Policy$|^Listen(?:\s*[|/]?\s*Download)+$|"
    # a broadcaster's credits and calls: `Captioning sponsored by …`, `Learn Moreabout PBS online
    # sponsorship`, an episode page's generated `Chapter 1: What is the main topic…`
    r"^Captioning (?:sponsored|provided|made possible|paid for) by\b|"
    r"^Learn More\s*about [A-Z]{2,5} (?:online )?sponsorship|^Chapter \d{1,2}\s*:\s|"
    r"^Create an account or log in\b|^Press release from the issuing company$|"
    r"^Return to .{3,40}\bpage$|\bNewswire \(news from other organi[sz]ations\)$|"
    r"^The post .{5,300} appeared first on \S|"  # a blog feed's footer
    # a press contact's lines on their own: `214-653-3756 (Office)`, `Kimberlee.leach@…org`,
    # `Out of hours: 07500 577620` (a label, then a number of nine digits or more)
    r"^(?-i:[A-Z][a-z]+(?: [a-z]+){0,3})\s*:\s*(?=(?:[ ()+.-]*\d){9})\+?[\d ()\-.]{9,20}$|"
    r"^\(?\d{3}\)?[-. ]\d{3}-\d{4}(?:\s*\((?:Office|Cell|Mobile|Fax|Direct|Main)\))?$|"
    r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*\(END\))?$|"  # `kokobj@yna.co.kr(END)`: a sign-off
    # `• Governor's Communications Office, 360-902-4136`: who to call, and the heading over it
    r"^[•·*\-–]?\s*[^.!?]{2,60},\s*\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}$|^Contact Information$|"
    r"^\(?Please also refer to the (?:Chinese|English) (?:portion|version)\b|"
    r"(?:新聞稿|新闻稿)(?:編號|编号)\s*[:：]?\s*第?\s*\d+\s*[號号]|(?:發布|发布)(?:機關|机关)\s*[:：]|"
    # a site's menu run together: `Home About Yingkou Welcome to YK Government…`
    r"(?-i:^Home(?=(?:.*\b(?:About|Contact|News|Government|Business|Services|Education|"
    r"Investment|Welcome|Search|Events|Media|Culture)\b){2})(?: (?:[A-Z&][\w'&-]*|to|of|and|in|"
    r"the|for|us)){4,30}$)|"
    # a comment widget under the story: `来说两句吧。。。`, `加载中。。。。`, `0 条评论`
    r"^(?:来|來)?(?:说|說)两句|^(?:我要|发表|發表|网友|網友|最热|最熱|最新|全部|热门|熱門)(?:评论|評論)"
    r"\s*[(（]?\d*[)）]?\s*[:：]?$|^\d+\s*(?:条|條)(?:评论|評論)|^(?:加载中|加載中|載入中|正在加载|正在載入)[.。…]*$|"
    r"^[(（]?\s*(?:已有\d+人参与|已有\d+人參與)|"
    r"^[A-Z][\w.' -]{1,60}? et al\.\s*(?:\(\d{4}\)\.?\s*)?[A-Z]|"  # a reference: `Niekus et al. …`
    r"^(?:[^|｜]{1,8}[|｜]){3,}|[Yy]our browser|瀏覽器不支援|浏览器不支持|^(?:声明|聲明)[:：]|"
    r"^[^\u3040-\u30ff]{0,20}[\u3040-\u30ff]{3}.*[\u3040-\u30ff]{3}|"  # `こちらのページは…`
    r"^(?:简介|簡介)\s*[:：].{0,60}(?:文库|文庫|小编|小編)|"  # `简介：写写帮文库小编为你整理了…`
    # a press contact: `Contact: Joshua Lamont, …, (202) 693-4661, Lamont.Joshua.R@dol.gov`
    r"^(?:Media |Press )?Contacts?(?:\(s\))?\s*:|^(?:MEDIA |PRESS )?CONTACTS?\s*:|"
    r"(?=.*\b[\w.+-]+@[\w-]+\.[\w.]+)(?=.*\(?\d{3}\)?[\s.-]\d{3}-\d{4})|"
    # a privacy or cookie consent: `…點這裡瞭解中央社隱私聲明…代表您同意上述規範。`
    r"(?:隱私|隐私)(?:權|权)?(?:聲明|声明|政策|規範|规范).{0,40}(?:同意|啟用|启用)|"
    r"(?:同意|接受)(?:我們的|我们的|本站的?)?(?:隱私|隐私|Cookie)|"
    r"(?:瀏覽器|浏览器)版本(?:較舊|较旧|過舊|过旧|過低|过低|太低|太舊|太旧)|"
    r"(?:最佳)(?:瀏覽|浏览)(?:效果|體驗|体验)|"  # `為達最佳瀏覽效果，建議使用 Chrome…`
    # an adults-only notice over the story: `您即將進入之新聞內容 需滿18歲 方可瀏覽。`
    r"(?:需滿|未滿|年滿)18歲|不同意本條款|電腦網路內容分級處理辦法|"
    r"(?:請|请)(?:通過|通过|使用|下載|下载).{0,16}(?:客户端|客戶端|APP|App)(?:瀏覽|浏览|查看|閱讀|阅读)|(?:更新|升級|升级)(?:您的)?(?:瀏覽器|浏览器)|"
    r"adjust the font size|調整字型大小|调整字体大小|(?:改變|改变)(?:字型|字體|字体)大小|"
    # `IE6請利用鍵盤按住ALT鍵 + V → X →…`: how to print or zoom with the keyboard
    r"(?:利用|使用)(?:鍵盤|键盘)\s*(?:按住\s*)?(?:Ctrl|CTRL|ALT|Alt)|"
    # an ad's label in the text (`我是廣告 請繼續往下閱讀`), an e-paper's page bar (`当前版：A4版
    # 上一版 下一版`), a site's best resolution (`最佳分辨率：1920*1080 1440*900`), a source's
    # link (`『新聞來源/NOWnews http://www.nownews.com/』`), a video team's credit (`由深圳卫视
    # 《直播港澳台》团队出品。`)
    r"^我是(?:廣告|广告)\b|(?:請|请)繼續往下閱讀|(?:请|請)继续往下阅读|^(?:当前版|當前版)\s*[:：]|"
    r"上一版\s*下一版|^最佳分辨率|^(?:最佳)?(?:分辨率|解析度)\s*[:：]?\s*\d{3,4}\s*[*×xX]\s*\d{3,4}|"
    r"^[『【\[(（]?\s*(?:新聞來源|新闻来源|來源|来源|Source)\s*[/／:：][^\s]{0,30}\s*https?://\S+?"
    r"\s*[』】\])）]?$|^由[^，。]{2,30}(?:团队|團隊)出品[。.]?$|"
    # a comment box's prompt (`参与评论请在新浪微博。`); an address a page hid from robots
    # (`[email protected]`): a letterhead's or a contact's line
    r"^参与(?:评论|讨论)请|^參與(?:評論|討論)請|\[email\s?protected\]|"
    # a release's header and its contacts on one line (`FOR IMMEDIATE RELEASE May 1, 2007
    # Contacts: Patty Mattern, University News Service, (612) 624-2801`)
    r"(?-i:^FOR (?:IMMEDIATE )?RELEASE\b.{0,60}\bContacts?:)|"
    # a paywall's offer: `*No charge for 4 weeks then price increases…`, `*Your next
    # subscription payment will increase…`, `Add Free Press access to your Brandon Sun
    # subscription…`; an archive's banner (`Hey there, time traveller!`)
    r"^\*?No charge for \d+ (?:days?|weeks?|months?)\b|^\*?Your next subscription payment\b|"
    r"^Add [\w ]{2,30} access to your [\w ]{2,30} subscription\b|^Hey there, time traveller\b|"
    r"^\*?Billed as \$|\bCancel (?:any ?time|anytime)\.?$|^To continue reading, please subscribe\b|"
    r"^Read (?:this article|unlimited articles) for free\b|^\$[\d.,]+(?:/\w+)? for the first \d+ "
    r"(?:days?|weeks?|months?)\*?$|^\$[\d.,]+/(?:week|month|year)\*?$|^(?:Monthly|Annual|Weekly) "
    r"(?:Digital )?Subscription$|^This article was published [\d/]+ \(\d+ days? ago\)|"
    # an app's or a membership's advert: `第一手消息請下載on.cc東網iPhone/iPad/Android/Windows
    # Phone Apps`, `現在加入公視會員，除了有專屬推薦新聞，還有機會免費喝咖啡！`
    r"(?:請|请)下[載载].{0,60}(?:Apps?|APP|客戶端|客户端)$|"
    r"^(?:現在|现在|立即|馬上|马上)?(?:加入|註冊|注册)[^，。！？]{1,10}(?:會員|会员)[，,]|"
    # the banner on every US federal site: `An official website of the United States government`,
    # `Official websites use .gov`, `Secure .gov websites use HTTPS`, `A lock () or https://…`
    r"^An official website of the\b|\.gov websites? (?:use|belongs)|^Official websites use\b|"
    r"^A lock \(|^(?:U\.S\. flag|Dot gov|Https|Here['’]s how you know)$|"
    # and Singapore's: `A Singapore Government Agency Website How to identify`, `Official
    # website links end with .gov.sg`, `Look for a lock () or https://…`, `Trusted websites`
    r"^An? [\w .]{2,30} Government(?: Agency)? Website\b|^Official website links end with\b|"
    r"^Government agencies communicate via\b|^Secure websites use HTTPS$|^Look for a lock\b|"
    r"^Share sensitive information only on official\b|^\(e\.g\. go\.gov\.sg/\w+\)\.|"
    r"^(?:Was|Is) this (?:page|article|information) (?:helpful|useful)\?|"
    r"^\[?(?:More|Read more|Full story) at https?://\S+\]?$|"  # `[More at http://…]`: the rest
    r"^(?:主办|主辦|承办|承辦|协办|協辦)[单單]位\s*[:：]|版[权權]所有\s*$|"
    # a site's footer (`技术支持：安徽网狐科技 皖公网安备 34118102000224号`) and its links to
    # the stories either side (`上一篇：…[ 11-20 ] 下一篇：…`)
    r"^技[术術]支持\s*[:：]|公[网網]安[备備]\s*\d|^上一[篇条條]\s*[:：].*下一[篇条條]\s*[:：]|"
    r"^[·•]?\s*凡(?:注明|註明)(?:来源|來源|稿件来源|稿件來源)|"  # `·凡注明来源为“海口网”的作品…`
    # NPR's footer on a station's transcript (`Transcript provided by NPR, Copyright NPR.`), a
    # mailing's `Links have been removed from this email.`
    r"^Transcript provided by NPR\b|^Links have been removed from this e-?mail\b|"
    # a classified ad's `联系我时，请说明是从哪儿看到的，谢谢。`
    r"^(?:联系|聯繫|聯絡)我(?:时|時)[，,]?\s*(?:请|請)(?:说明|說明)是?(?:从|從)哪|"
    # where a page's video came from (`影片來源：衛生福利部疾病管制署。`)
    r"^(?:影片|视频|視頻)(?:來源|来源)\s*[:：]|"
    # a breadcrumb of three steps or more (`中國共產黨新聞 >> 資料中心 >> 歷次黨代會 >> …`)
    r"^(?:[^>\n]{1,40}>>){2,}[^>\n]{1,40}$|"
    # a wire's notice on a copy of its story (`Copyright 2018 The Associated Press. All rights
    # reserved. This material may not be published, broadcast, rewritten or redistributed.`)
    r"^Copyright \d{4} (?:The )?Associated Press\b|"
    r"\bmay not be published, broadcast, rewritten,? or r|"
    r"^Copyright\s*(?:©|\(c\)|\?)|"  # `Copyright © 2008-2020 【…】… 股市有风险，投资需谨慎`
    # a contact line of telephone numbers: `（深圳）86-755-83518792 83518734 83518291`
    r"^(?:[(（][^()（）]{1,8}[)）])?\s*(?:\+?\d{2,4}-)?\d{2,4}-?\d{4}[\d -]{3,}(?:\s+\d{6,8})+$|"
    r"^[(（【\[]?(?:版權聲明|版权声明|免責聲明|免责声明|版權所有|版权所有)|版权均属|版權均屬|"
    r"未[经經](?:本[网網站报報]|[^，,。]{2,12}?協議|[^，,。]{2,12}?协议)?(?:授权|授權|许可|許可)"
    r".{0,12}(?:转载|轉載|使用)|^\S{2,16}(?:版權所有|版权所有)|"  # `經濟參考報社版權所有`
    r"^未[经經](?:允许|允許|许可|許可)不得(?:转载|轉載)|"  # `未经允许不得转载：>某网 » 标题`
    # `本網站之文字、圖片及影音，非經授權，不得轉載…`: a site's reprint notice
    r"^本(?:網站|网站|站|網|网)[^。]{0,20}(?:非經|非经|未經|未经)(?:授權|授权|同意)[^。]{0,12}(?:不得|禁止)|"
    r"(?:iOS|Android) ?App ?(?:下載|下载)|^[^。，,]{1,16}\s(?-i:app|APP|App)$|"  # an app's links
    r"^[\d.]{7,15}$|"  # a server's address
    r"^(?:Click|Tap) (?:on )?here (?:to|for)\b|"  # a link's call: `Click here to browse…`
    # `Read the transcript of the full briefing here.`; a transcript service's own promotion
    r"^(?:Read|Watch|Listen to|See) (?:the|our) (?:full )?[^.]{0,60}\bhere\.?$|"
    r"^Try Rev and save time\b|^Transcribe Your Own Content$|"
    r"^The original item was published from\b|"  # an archived notice's own dates
    # a parliament library's caption record: its note on the file icons, its disclaimer
    r"^Note: Where available, the PDF/Word icon\b|^Disclaimer: The Parliamentary Library\b|"
    r"^View in ParlView$|"
    r"^This (?:is an archived? page|page (?:is|has been) archived)\b|"
    r"(?:订阅|訂閱)(?:登录|登入|登錄)|以(?:继续|繼續)(?:阅读|閱讀)全文|"  # a paywall's call
    # a forum's warning, a share layer's line, a paper's gift-article promotion
    r"^友情提示\s*[:：].{0,40}(?:QQ|密码|密碼|陌生网站|陌生網站)|(?:方便|一键|一鍵)分享(?:给|給)(?:朋友|好友)|"
    r"(?:订户专享|訂戶專享)(?:文章)?|"
    r"^\[email(?:\s|&#160;)protected\]$|"  # an address a CDN hid from the scraper
    # a contents page: its heading, and each entry with its page number, however long
    # (`1.2023“两会”解读政府工作报告要点之一：2022年工作回顾 2`)
    rf"^(?:目\s*[录錄]|Table of Contents)$|^\d{{1,2}}[.．]\s*(?=[^\s]*[{HAN}]).{{5,120}}?"
    r"[^\d\s%％]\s+\d{1,3}$|"
    # a paper's call to its app: `…現在用APP看新聞 保證天天中獎 點我下載APP`
    r"(?:點我|点我|立即|馬上|马上)(?:下載|下载)\s*(?:APP|App|app)|"
    # a site's takedown notice (`如有侵权请联系删除`, `本站…如…有侵犯其版权…将…删除处理`) and an
    # author box's default words
    r"如有侵[权權]|^(?:如若|如需)?(?:转载|轉載)[^。]{0,8}(?:注明|註明)|^(?:本站|本网|本網).{0,120}(?:侵犯|侵权|侵權)[^。]{0,40}(?:删除|刪除)|^(?:这个家伙很懒|這個傢伙很懶)|"
    # a Markdown link's label cut off from its `[` (a picture set inside it, a blank line)
    r"^[^\[\]]{1,160}\]\(https?://[^\s()]+\)$|"
    # a player's embed code, offered to copy (`<iframe src="" width="100%" …>`)
    r"^<(?:iframe|embed|object|script|video|audio|img)\b[^<>]*>?(?:</\w+>)?$|"
    # a programme's box: where to stream it, when it airs, who makes it (`Our main evening
    # newscast. Weekdays 18:00 - 19:00.`, `普通話新聞由香港電台普通話台製作。`)
    r"^[^.]{2,60}\bis available to stream on [\w-]+\.(?:org|com|net|tv)\b|"
    r"(?:^|\.\s+)(?:Weekdays|Weeknights|Weekends|Daily|Mondays? (?:to|-|through) Fridays?)\s*,?\s*"
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?[-–]\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\.?$|"
    r"^[^。，,]{2,24}由[^。，,]{2,24}(?:台|電台|电台|電視台|电视台|頻道|频道)(?:製作|制作)。?$|"
    # a press officer's line: a name and an address alone (`R3 Press (R3Press@epa.gov)`)
    r"^[\w .'’-]{2,40}\(\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\)\.?$|"
    # a call to follow the office's channel: `订阅新闻局Telegram政府新闻频道:https://t.me/…,即时接收
    # 最新消息。`, `Subscribe to our Telegram channel for the latest news`
    r"^(?:订阅|訂閱)[^。]{0,24}(?:Telegram|WhatsApp|Signal|LINE|微信|频道|頻道)[^。]{0,60}"
    r"(?:即时|即時|最新)(?:接收|收到|掌握)?[^。]{0,12}(?:消息|資訊|资讯|新聞|新闻)|"
    r"^Subscribe to (?:our|the) [^.]{0,40}(?:Telegram|WhatsApp|Signal) channel\b|"
    # a release's definitions: `In this release, Vera Bradley, Inc. or “the Company” refers to…`
    r"^In this (?:press )?(?:release|announcement),? .{0,120}?\brefers? to\b|"
    # a portal's footer of report desks (`…专用投诉举报专区 …专用举报渠道 …举报专区`)
    r"^[^。]{0,60}(?:举报|舉報)(?:专区|專區|渠道|中心|电话|電話)[^。]{0,60}(?:举报|舉報)[^。]*$|"
    # an ad blocker's wall (`We are unable to fully display the content of this page`, `…a
    # content blocker on your computer`, `Please allow access to our site, and then refresh`)
    r"unable to (?:fully )?display (?:the )?content|\bcontent blocker on your\b"
    r"|allow access to our site|(?:log|sign) in, create an account|^Are you the publisher\?"
    # a comment box's calls (`登入留言有機會獲得旺幣哦！`, `NO MESSAGE 無任何留言，趕緊搶頭香！`)
    r"|^(?:登入|登录|登錄)(?:後|后)?留言"
    r"|^(?:NO MESSAGE\s*)?(?:無任何|无任何|暫無|暂无)(?:留言|評論|评论)[，,]"
    # a content farm's note over what it copied (`下面是小编收集整理的…，欢迎阅读参考！`)
    r"|(?:小编|小編)(?:收集|整理|精心|为大家|為大家|为您|為您)|(?:欢迎|歡迎)(?:阅读|閱讀)(?:参考|參考)"
    # `会议还研究了其他事项。`: a record's formula that names no matter
    r"|^(?:会议|會議)(?:还|還)(?:研究|讨论|討論|审议|審議)了?(?:其他|其它)(?:事项|事項|工作|事宜)[。.]?$"
)
