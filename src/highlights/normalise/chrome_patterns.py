"""The patterns of page chrome: lines a web page wraps around an article, matched when short
(`CHROME`); the notices strong enough to drop a longer line are in `notice_patterns`."""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES as HAN
from highlights.normalise.site_labels import SITE_LABELS

# a government disclosure table's field labels, letter-spaced or not
_LABEL = (
    r"索\s*引\s*[号號]|[发發]\s*文\s*日\s*期|[发發]\s*布\s*[机機]\s*[构構]|(?<!\S)文\s+[号號]|"
    r"分\s*[类類](?=\s)|有\s*效\s*性|成\s*文\s*日\s*期|主\s*[题題]\s*分\s*[类類]|上\s*[载載]\s*日\s*期"
)

_PATTERNS = [
    # skip links and browser warnings
    r"^(?:跳[至到過过](?:主要|主)?(?:內容|内容|主選單|主菜单|導覽|导航)|跳過導覽|跳过导航)",
    # RFI's `訪問主要內容`, `跳轉至主要內容`, a county's `進入內容區塊`
    r"^(?:訪問|访问|前往|移至|跳轉至|跳转至|跳轉到|跳转到|進入|进入)(?:主要|主)?(?:內容|内容)(?:區塊|区块)?$",
    # a Taiwanese site's accessibility labels: `中央內容區塊`, `上方功能區塊`, `分隔線`
    r"^(?:中央|上方|下方|左側|右側|左侧|右侧)?(?:內容|内容|功能|導覽|导览)(?:區塊|区块)$|^(?:分隔線|分隔线)$",
    # a site guide's link (`網頁指南主頁`) and a blog's archive heading (`Archive for March, 2010`)
    r"^(?:網頁指南|网页指南|網站導覽|网站导览)(?:主頁|主页)?$|^(?:主頁|主页)$"
    r"|^(?:Archives?|Monthly Archives?|Archive for)\s*:?\s*[A-Z][a-z]+,? \d{4}$",
    # a release's header: `FOR IMMEDIATE RELEASE`, a contact's number (`202-329-4030 (cell)`)
    r"(?-i:\bFOR\s+IMMEDIATE\s+RELEASE\b)|\b\d{3}[-. ]\d{3}[-. ]\d{4}\s*"
    r"\((?:cell|office|mobile|fax|phone|tel)\)",
    # a site's versions run together: `English繁體簡體純文字PDARSS`
    r"^(?:(?:English|繁體|繁体|簡體|简体|純文字|纯文字|PDA|RSS|手機版|手机版)\s*[|｜]?\s*){3,}$",
    # a portal's account links and a paper's page index: `登录个人中心`, `注册`, `本版标题导航`
    r"^(?:登录|登錄|注册|註冊|登录注册|登錄註冊|個人中心|个人中心|用户中心|用戶中心|會員中心|会员中心)$"
    r"|^(?:登录|登錄)(?:個人中心|个人中心|用户中心|用戶中心)$|^(?:本版)?(?:标题|標題)(?:导航|導航)$",
    # a podcast page's field (`Episode Date: May 30, 2025`), a reader site's word lookup
    # (`(单词翻译:单击)`)
    r"^Episode Date\s*:|^[(（]单词翻译\s*[:：]\s*单击[)）]$",
    # `Press 'Tab' to enter menu`: a keyboard user's hint; a forum's text view's page title
    # (`以文本方式查看主题 - 网院部落`); an app's name (`Redian新闻`)
    r"^Press\s+['‘\"]?Tab['’\"]?\s+to\b|^以文本方式查看主题|"
    r"(?-i:^[A-Za-z][A-Za-z0-9]{1,14}\s?(?:新闻|新聞|资讯|資訊|头条|頭條|快讯|快訊)$)",
    # a radio programme's link between its items: `首先來關注新聞頭條`, `我們再來看大陸新聞`
    r"^(?:首先|接下來|接下来|下面|然後|然后|最後|最后|我們再|我们再|再)(?:讓我們|让我们)?(?:一起)?"
    r"(?:來|来|去)?(?:關注|关注|看|聽|听)(?:一下)?[^。！？，,：:]{0,8}"
    r"(?:新聞|新闻|頭條|头条|要聞|要闻|快訊|快讯|消息)$",
    # a Chinese letterhead's postcode and address, its telephone
    # (`708008 台南市安平區永華路二段2號`, `+886 6 297 6688`)
    rf"^\d{{3,6}}(?![年月日])\s*[{HAN}]{{2,12}}(?:市|縣|县)[{HAN}\d]{{2,30}}[號号](?:\s*\d{{1,2}}\s*[樓楼F])?$|"
    r"^\+\d{1,3}(?:[\s-]\d{1,4}){2,4}$|"
    # a disclosure portal's fields run together: the issuer and its level (`…街道办事处 乡级`)
    rf"^[{HAN}]{{2,30}}\s+(?:乡|鄉|镇|鎮|县|縣|市|省|区|區|村)(?:级|級)$|"
    rf"^[{HAN}]{{0,12}}?(?:基层|基層)?(?:政务|政務|政府信息|政府資訊)(?:公开|公開)(?:专栏|專欄|平台|网|網)?$|"
    # a disclosure table's rows, its labels letter-spaced (`索 引 号 MB1534522/2023-05475 发文日期
    # 2023-01-03`, `分   类 政务公开 有 效 性 有效`): two labels in a row
    rf"(?:{_LABEL}).{{0,60}}?(?:{_LABEL})|"
    # a video player's fallback (`未能播放Youtube視頻`)
    r"^(?:未能|無法|无法|不能)播放.{0,16}(?:視頻|视频|影片)|"
    # a portal's links to its topic pages: `防災資訊專區-天兔颱風`, `新冠肺炎專區 市政行程`
    r"^[^，。,\s]{2,14}(?:專區|专区)(?:\s*[-－–—]\s*[^，。,]{1,12}|\s+[^，。,\s]{1,12})?$|"
    # a blog post's meta row: `| 2015年7月12日 | 文库 | 评论已关闭 | 1114`
    r"(?:评论|評論|留言)(?:已关闭|已關閉|功能已关闭|功能已關閉)|"
    r"\bComments? (?:are )?(?:closed|off)\b|"
    # a page's e-mail link and a blog's comment rule (`Mail this story to a friend.`)
    r"(?-i:^(?:E-?mail|Mail|Send|Print|Share) this (?:story|article|page|post)"
    r"(?: to a friend)?\.?$)|"
    r"^Note: only a member of this blog may post a comment\.?$|"
    # a newsletter's call (`Don’t miss any breaking news!`)
    r"^Don['’]t miss (?:any |the )?(?:breaking |latest )?(?:news|stories|updates)\b|"
    # a comment form's prompts (`Please enter your comment!`, `Please enter your name here`)
    r"^(?:Please enter your (?:comment|name here|name)|You have entered an incorrect email "
    r"address|Leave a (?:Reply|comment)|Save my name, email, and website in this browser|"
    r"Learn how your comment data is processed)\b|"
    # a picture's bullet by its alt text (`Bullet Press Releases (issue date)`), a video
    # player's time (`<> 00:11 "…"`), a gallery's link, a feedback widget
    r"(?-i:^Bullet\s+[A-Z][\w ()&,'-]{2,60}$)|^<>\s*\d{1,2}:\d{2}\b|\bPhoto Gallery$|"
    r"^(?:公布|公佈)(?:單位|单位)\s*[:：]",
    # a list of other stories, each dated: `·才女曹方沪上展歌艺 (2009-10-27 08:57:37)`
    r"^[·・]\S.{2,60}[(（]\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[)）]$",
    # a dateline's date on a line of its own, its dash after it: `JUNE 6, 2012 --`
    r"(?-i:^(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.? \d{1,2},? \d{4}\s*(?:—|–|--|-)$)",
    # a yearbook site's editions in its menu: `2008版中国年鉴`, `2010版国情`
    r"^(?:19|20)\d{2}\s?版\s?[^\s，。,]{2,8}$",
    # an app's download widget: `扫一扫下载`, `渠县网APP`
    r"^(?:扫一扫|掃一掃)(?:下载|下載)?$|(?-i:^[^\s，。,]{2,10}(?:APP|App|客户端|客戶端)$)",
    r"^(?:Loading|Laden|Cargando|Chargement|Caricamento|Carregando)\s*(?:\.{2,}|…)$",  # `Laden...`
    # a dataset viewer's columns over its rows: `title stringlengths`, `1 value tokens int64`
    r"(?-i:^(?:\S+ ){0,3}(?:stringlengths|stringclasses|int64|int32|float64|float32|"
    r"sequencelengths|listlengths)$)",
    # (`Skip to main`, the link's words cut short; `University-wide Navigation`: a menu's label)
    # (`Go Search Go Contents Go to bottom`: a row of such links)
    r"^(?:(?:Skip|Go|Jump) to (?:the )?(?:main|contents?|navigation)\b|Skip navigation|"
    r"(?-i:Go (?:Search|Contents|Menu) Go\b))",
    r"(?-i:^(?:[A-Z][\w-]+ ){0,2}Navigation$)",
    # a gallery's link and a form's note; a feedback form's call (`Is there anything wrong with
    # this page?`, `Help us improve GOV.MO`), a blog's note of where a post came from (`From a
    # press release.`), a blog's author widget (`Writer's pictureShaun C. Van Doren`)
    r"^View (?:photo )?gallery$|^\*?\s*(?:Mandatory|Required) fields?(?: are marked)?\.?$|"
    r"^Is there anything wrong with this page\?$|(?-i:^Help us improve (?:[A-Z][\w.]*\s?){1,3}$)|"
    r"^(?:From|Via) (?:a|the) (?:press|news|media) release\.?$|^Writer['’]s picture",
    # a search form's labels: `請輸入關鍵字`, `請選擇欲查詢日期區間 -`, `1825筆資料,每頁顯示 10 筆`
    r"^(?:請|请)(?:輸入|输入|選擇|选择)|^\d+\s*(?:筆|笔|條|条)(?:資料|资料|記錄|记录)|每(?:頁|页)(?:顯示|显示)",
    # a release's header fields: `發稿日期：113年5月3日`, `臺南市政府工務局新聞稿` (who issued
    # it; `…定期大會預備會議新聞稿` is the release's own title)
    rf"^(?:發稿|发稿)(?:日期|單位|单位|時間|时间)\s*[:：]|^[{HAN}]{{1,20}}"
    r"(?:局|府|處|处|室|部|署|院|所|中心|會|会|廳|厅|隊|队|館|馆)(?:新聞稿|新闻稿)$",
    r"瀏覽器不支援|浏览器不支持|瀏覽器不支持|JavaScript功能|請開啟JavaScript|请开启JavaScript",
    r"(?:enable|enabled|requires) JavaScript|JavaScript-enabled|Javascript-enabled browser",
    # accessibility and language switches: `网站无障碍 适老版`, `簡體版 寄給朋友 政府新聞網`
    r"(?:网站|網站)(?:无障碍|無障礙)|(?:无障碍|無障礙)(?:浏览|瀏覽|阅读|閱讀|模式)|^(?:适老版|適老版|"
    r"关怀版|關懷版|长者模式|長者模式)|(?:^|\s)(?:簡體版|简体版|繁體版|繁体版|寄給朋友|寄给朋友|"
    r"列印此頁|打印此页)(?:\s|$)",
    # print, font-size and share widgets
    r"友善列印|列印本[頁页]|打印本[页頁]|^【?\s*(?:打印|列印|關閉|关闭|收藏|返回)\s*】?$",
    r"字級設定|字级设定|字體大小|字体大小|字[号號]\s*[:：]?\s*[大中小]|^[【\[]?\s*[大中小](?:\s+[大中小]){2}",
    r"^(?:A\s*[+＋]\s*A\s*[-－]|A\s*[-－]\s*A\s*[+＋]|[AＡ]{2,3})$",
    r"(?:關閉|关闭)(?:窗口|視窗|视窗|本頁|本页)|"
    r"^(?::[a-z_]{2,20}[:：]\s*)?返回(?:頂部|顶部|首頁|首页|列表|上[頁页])",  # `:house:`
    # a share layer: `点击右上角微信好友`, `朋友圈`, `请使用浏览器分享功能进行分享`; `正在阅读：…`
    r"(?:點擊|点击)右上角|^(?:微信好友|朋友圈|微信朋友圈|QQ好友|新浪微博)$|分享功能|^正在(?:阅读|閱讀)\s*[:：]|"
    r"^(?:赞|讚|点赞|點讚|收藏|打赏|打賞)\s*[(（]\d+[)）]$|"  # a like button's count: `赞（98715）`
    # a page title that says the site's name twice: `彩神88-彩神88`
    r"^(?P<site>\S{2,16})\s*[-_|｜–—]\s*(?P=site)$|"
    # a news list's label over the story: `110年衛生福利部新聞`
    r"^\d{2,4}年\S{1,10}(?:部|署|處|处|局|府|會|会|院|中心)(?:新聞|新闻)稿?$|"
    r"^(?:分享$|分享到|分享[:：]|分享至|分享工具|转发到|轉發到|"
    r"Share(?: this| on|:)|Print(?: this)?$|Email$)",
    # where a page's video or picture came from (`视频来源：中央广播电视总台`), not its story
    r"^(?:视频|視頻|图片|圖片)(?:来源|來源)\s*[:：]",
    r"^\d{0,2}\s*(?:上一篇|下一篇|上一條|下一條|上一条|下一条|查看原文|閱讀原文|阅读原文|"
    r"相關閱讀|相关阅读)",
    # a paper's font-size buttons
    r"(?:放大|放大\s*[+＋])\s*(?:缩小|縮小)\s*[-－]?\s*(?:默认|默認)",
    # a paper's `3上一版  下一版4`
    r"^(?=\d{0,2}\s*[上下]一版)\d{0,2}\s*(?:上一版面?\s*)?(?:下一版面?)?\s*\d{0,2}$",
    r"^(?:相關新聞|相关新闻|相關連結|相关链接|熱門新聞|热门新闻|推薦閱讀|推荐阅读|延伸閱讀|相关稿件|相關稿件|"
    r"新闻推荐|新聞推薦)\s*[:：]?$",
    # a comment box's count (`Discussion (0)`, `评论(3)`), a release's own label and day
    r"^(?:Discussion|Comments?|Replies|评论|評論|留言|回复|回覆)\s*[(（]\d+[)）]$",
    # a list's view switch (`顯示模式：網格 列表`), a wire page's format and print buttons
    r"^(?:顯示模式|显示模式)\s*[:：]",
    r"CNML格式|【\s*打\s*印\s*】",
    r"^For (?:Immediate )?Release\s*[:：]\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})?$",
    r"^(?:你可能感[兴興]趣的?|猜你喜[欢歡]|相[关關]推[荐薦]|[为為]你推[荐薦])(?:文章|内容|內容)?\s*[:：]?$",
    # a blog's sections under the story: its comments (`网友评论` and the like are notices),
    # its latest and its most read posts
    r"^(?:评论|評論|最新文章|相[关關][热熱]文|熱門文章|热门文章)\s*[:：]?$",
    r"^(?:Facebook|Twitter|LinkedIn|WeChat|微信|微博|QQ空間|QQ空间)(?:\s*[|｜/·]\s*\S{1,10}){1,}$",
    # rules and separators: a line of symbols only
    r"^[\s*＊\-－=＝_~～:：·•.。#＃+|｜/\\<>《》…—]{3,}$",
    # a government disclosure table's labels (信息公开: 索引号、主题分类、发文字号…)
    r"^(?:索\s*引\s*[号號]|主[题題]分[类類]|[发發]文(?:机构|機構|机关|機關|字[号號]|日期)|成文日期|"
    r"有\s*效\s*性|失效[时時][间間]|公文目[录錄]|主[题題][词詞]|文\s*[号號])\s*[:：]",
    # a meeting record's header fields: `一、時 間：111年3月8日`, `主持人：…`, `出席者：…`; a
    # press conference's `發布人：…`
    r"^(?:[一二三四五六七八九十]{1,2}、\s*)?(?:時\s*間|时\s*间|地\s*點|地\s*点|主\s*持\s*人|"
    r"發布人|发布人|"
    r"出\s*席\s*者?|列\s*席\s*者?|記\s*錄|记\s*录|參加人員|参加人员)\s*[:：]\s*\S",
    # breadcrumbs
    r"^[■□●◆]?\s*(?:當前位置|当前位置|您[当當]前的位置|您的位置|您所在的位置|您現在的位置|您现在的位置|"
    r"所在位置|位置|"
    r"本頁位置|本页位置)\s*[:：]",
    r"^[A-Z]{2,}(?:/[A-Z0-9]+){1,4}$",  # a reference code such as UNIS/OUS/107
    # a server's error page and its signature (`404 Not Found`, `nginx/1.18.0`), a page's
    # publish line (`Posted on: March 10, 2016`) and its link back (`[Back to Corporate Page]`)
    r"^\d{3} (?:Not Found|Forbidden|Bad Gateway|Internal Server Error|Service Unavailable)$",
    r"(?-i:^[A-Za-z][\w.-]{1,20}/\d+(?:\.\d+){1,3}$)",
    r"^(?:Posted|Published|Updated|Last (?:updated|modified))(?: on)?\s*:\s*\S",
    r"^\[?Back to (?:the )?[\w'’ -]{2,40}\]$",
    r"^(?:首頁|首页|主頁|主页|Home)\s*(?:[>»/＞›→|｜]|&gt;|-+>)",
    r"^[^>»＞›。，]{1,14}(?:\s*[>»＞›→]{1,2}\s*[^>»＞›。，]{1,14}){2,}$",  # `>>` too
    r"^[^>»＞。，！？]{1,16}\s*(?:>>|＞＞|››)\s*[^>»＞。，！？]{1,16}$",  # `人民網>>經濟·科技`
    r"^[大中小]字[号號]$",  # `小字號`: a font-size button
    r"(?:透過|通过)\s*Google News\s*(?:追蹤|追踪|關注|关注)",  # a wire's follow button
    # a forum thread's bar (`只看楼主 倒序阅读 使用道具`); a portal's footer menu, items between
    # pipes (`新浪简介 | About Sina | 广告服务 | 招聘信息 | 网站律师`)
    r"只看(?:楼主|樓主|该作者|該作者)|倒序(?:阅读|閱讀|浏览|瀏覽)",
    r"^(?:[^|｜。，,\d]{1,14}\s*[|｜]\s*){3,}[^|｜。，,\d]{0,14}$",
    # counters and page furniture
    r"(?:[浏瀏][览覽]|閱讀|阅读|點擊|点击)(?:量|次數|次数|數|数)?\s*(?:[:：]\s*\d*|\d+)\s*$",
    r"^(?:\d{1,3}|第\s*\d+\s*(?:頁|页)|\d+\s*/\s*\d+|[【\[]?(?:列印|打印|關閉|关闭)[】\]]?)$",
    r"掃一掃|扫一扫|掃描二維碼|扫描二维码|長按識別|长按识别|Scan the QR",
    r"^(?:版權所有|版权所有|Copyright|©)",
    r"^(?:即日新聞|新聞速遞|新聞公報|新聞稿|新闻稿|本站新聞|附件\s*\d*|附件附件|图片|圖片)$",
    # `表1 2019年玉环市生产总值`: a table's caption, its rows gone with it
    r"^(?:附?表|图|圖)\s*\d{1,2}(?:[-–]\d{1,2})?\s*[:：.、]?\s*[^。，,；;！？]{2,30}$",
    r"^(?:原文)?(?:链接|鏈接|連結|连结)$|^Link$",  # `- [链接](https://…)`: the link's label
    r"^[\[【](?:点击|點擊)?(?:收看|观看|觀看)?(?:视频|視頻)[\]】]$",  # `[点击收看视频]`
    # video links, pagers, newspaper page labels, site navigation, logos
    r"^(?:查看|觀看|观看|播放|點擊觀看|点击观看)(?:視頻|视频|原文|大圖|大图|全文)",
    r"^[^\s>»]{1,8}\s*(?:>>|»|＞＞|&gt;&gt;)$|^(?:更多|查看更多)$",  # `视频回看>>`, `更多»`
    r"^(?:\d+\s+)+\d*\s*(?:>>|»|下一[页頁]|尾[页頁])?$|^第?\s*[A-Z]{0,2}\d{1,3}\s*版\s*[:：]"
    r"|^第[一二三四五六七八九十]{1,3}版\s*[:：]|^本文字[数數]\s*[:：]\s*\d+$",
    # a newspaper app's furniture: `PDF版阅读`, `某某日报客户端`, `温馨提示`
    r"PDF\s*版\s*(?:阅读|閱讀|下载|下載)|^\S{2,12}(?:客户端|客戶端)$|^(?:温馨提示|溫馨提示)\s*[:：]?$",
    r"APP\s*Icon|^(?:下載|下载|Download)(?:\s*APP)?$",  # an app's download button
    # a document-sharing site's furniture: `下载本文`, `第一篇：…` (the first of its compilation)
    r"下载本文|下載本文|^第[一二三四五六七八九十\d]{1,3}篇\s*[:：]",
    # `第4版(体育)`: a newspaper's page; `专栏：` a field label left without its value
    r"^第\s*\d{1,3}\s*版\s*(?:[(（][^()（）]{1,8}[)）])?$"
    r"|^(?:專欄|专栏|欄目|栏目|來源|来源|作者|編輯|编辑|責任編輯|责任编辑)\s*[:：]$",
    r"[|｜]\s*$|^[\d\s\-/.:：]+$|Ctrl\s*\+\s*P(?![A-Za-z])|^(?:Updated|Posted|Published)\b.*\bago$",
    # a site's search form: `Search Form`, `First, enter a politician or zip code`, `Location:`
    r"^Search(?: Form)?$|^(?:First|Now|Then|Next),? (?:enter|choose|select|type|pick)\b"
    # a blog host's label page (`Showing posts with label news. Show all posts`); a listing's
    # index (`All News Releases By Date`)
    r"|^Showing posts (?:with label|from)\b|^Show all posts$|^All (?:News|Press|Media) Releases\b"
    # `央国际 www.cctv.com 2007年03月05日 20:18 来源：CCTV.com`: the page's stamp
    r"|\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}\s*(?:来源|來源)[:：]"
    r"|^Location:\s|^(?:Joint )?(?:Press|News|Media) Releases?$|"
    # a wire's name on a line of its own, and a short line of a date and a time
    r"^(?:Business Wire|PR ?Newswire|Globe ?Newswire|Marketwired|ACCESSWIRE|EIN Presswire)$|"
    rf"(?-i:^(?=.{{0,34}}$)[^A-Za-z{HAN}]*\d{{4}}[^A-Za-z{HAN}]*\d{{1,2}}:\d{{2}}\s*(?:[AP]M)?"
    r"(?:\s*[A-Z]{2,4})?$)|^(?:日期|Date)\s*[:：]\s*\d[\d\s\-/.年月日]*$",
    r"^(?:Image |Photo )?Credits?:\s|\b\d{1,2} [A-Z][a-z]+ \d{4}\s*$",
    rf"^(?:[{HAN}] ){{1,4}}[{HAN}](?:\s*[:：].*)?$",
    # a menu row (`即時 熱門 政治 軍武…`, `…體育 3 C 評論…`: a `3C` section split too)
    rf"^[{HAN}]{{1,4}}[ ·/]+(?:(?:[{HAN}]{{1,4}}|[\dA-Z]{{1,2}})[ ·/]+){{2,}}[{HAN}]{{1,4}}$|"
    r"[-_ ]?LOGO$",
    # a page's category field (`分類：• 澳聞`)
    r"^(?:分類|分类|類別|类别|欄目|栏目)\s*[:：]\s*[•·]?\s*\S{1,8}$",
    r"(?:歡迎|欢迎)(?:進入|进入|訪問|访问|光臨|光临|來到|来到)|^今天是\s*[:：]",
    r"^回(?:到)?(?:頂端|顶端|頂部|顶部)|點個讚|点个赞|分享是一[种種]美德",
    r"^(?:關鍵詞|关键词|關鍵字|关键字|Keywords?|标签|標籤|标 签)\s*[:：]",
    # English page furniture
    r"your browser|^Recommended (?:Posts|Articles|for you)$|^\d{1,3} min(?:ute)?s? read$",
    r"^This (?:article|story|post) (?:originally|first) (?:appeared|ran|was published) (?:on|in)\b",
    r"^[(\[]?Archived (?:Content|Page|Information)[)\]]?$|"
    # a feed's furniture: `Subscribe to MIT Latest News feed`, `Wed, 11/05/2025 - 10:00am`
    r"^Subscribe(?: to\b.{0,60}\b(?:feed|newsletter|RSS|updates|channel))?$|"
    r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+\d{1,2}/\d{1,2}/\d{2,4}"
    r"(?:\s*[-–@]?\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?$|"
    # a news database's export: `26 of 1000 DOCUMENTS`, `Page 1`, `<<`, `LENGTH: 2451 words`,
    # `BYLINE: , Don Teague, , ,`
    r"(?-i:^\d+ of \d+ DOCUMENTS$)|^Page \d+$|^<<$|^>>$|(?-i:^(?:LENGTH|BYLINE|GUESTS|SECTION|"
    r"LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|DOCUMENT-TYPE|GRAPHIC|JOURNAL-CODE|ACC-NO|TYPE):)|"
    r"^(?:Re-issued as received|For information only)|^Jump to\b|^Friendly Print|更多搜[索尋]",
    r"^(?:資料|资料)?(?:更新|發布|发布|建檔|建档|上架)(?:時間|时间|日期)[:：]|更新[时時][间間]戳|^文章正文$|按\s*Enter",
    # `更新於 2022年07月14日10:12 • 發布於 …`: the page's stamp; `雲林縣政府新聞參考資料112.7.5`:
    # a release's label with its date, over the text (a title only when nothing else names it)
    r"^(?:更新|發布|发布)(?:於|于)\s*\d{4}\s*年|^\S{2,12}(?:新聞參考資料|新闻参考资料)\s*[\d./-]*$",
    # a law database's fields over the text: `发文机关:山西省人民政府`, `时效性 :现行有效`
    r"^(?:发文机关|發文機關|生效日期|实施日期|實施日期|失效日期|时效性|時效性|效力级别|效力級別|"
    r"发文字号|發文字號|文号|文號)\s*[:：]|"
    # a weather widget: `Beijing   Light rain/Cloudy    21 / 14   City Forecast`; a forum reply
    r"(?-i:^[A-Z][a-z]+(?: [A-Z][a-z]+)?\s+[A-Z][a-z]+(?:[ /][A-Za-z]+)*"
    r"\s+-?\d{1,2}\s*/\s*-?\d{1,2}(?:\s+City Forecast)?$|^Re:\s)|"
    # a video player's and a newswire's buttons: `Play video`, `Submit Release`, and the
    # newswire's count (`There were 1,871 press releases posted in the last 24 hours…`)
    # a breadcrumb; a subtitle site's download link and its label over the text
    r"^You are here\s*:|^Download (?:Subtitles|Transcript)$|^(?:Full )?Transcript$|"
    # a TV newsroom's script: its fields (`ANCHOR=Jean`, `SUPER=03-Chicago;`, `OUT Q=…`) and
    # its cues (`SOT 6:42:54`, `VO-NAT`, `(/////SOT/////)`, `(----------------)`)
    r"(?-i:^[A-Z][A-Z #]{1,12}=|^TAPE#$|^(?:SOT|VO|NAT|VO-NAT|VO/SOT|SOT/VO)(?:\s+[\d:]+)?$|"
    r"^\((?:-{3,}|/{3,}[A-Z/ ]*/{3,})\)$)|"
    r"(?-i:^Placeholder Image$|^Subtitles section\b|^(?:Play|Watch) video$)|"
    r"(?-i:^(?:Submit|Send|Post) (?:a |your )?(?:Press |News )?Release$|^News Search$)",
    r"^[(（]?(?:可?按這裏|可?按这里|按此|點擊這裏|点击这里|點擊此處|点击此处|click here)",
    r"^\s*[>»]\s*\S|放大\s*[+＋]|[【\[]?(?:放大|縮小|缩小)(?:字[體体])?[】\]]|^(?:放大|縮小|缩小)$",
    r"\bIE\s?[5-9]\b|\bbrowser\b",
    # a short line that ends in a timestamp or an ISO date: the page's stamp, not text
    # (`时事   2024-09-20 23:04   北京`: a post's column, stamp and the place it was sent from)
    r"^.{0,16}\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[^\s\d]{2,6})?)?\s*$",
    r"^\S{2,10}(?:報|报)\s+\d{4}年\d{1,2}月\d{1,2}日\s*$",  # `四川日报  2020年05月19日`
    r"^(?:Under embargo|Embargoed)(?: until\b.*)?$|"
    r"^[(（]\s*(?:完|全文完|END|End)\s*[)）]$|"  # `（完）`: the wire's end mark
    r"^.{0,30}\bPosted (?:in|under) [A-Z][\w &]{2,30}$|"  # `4 August 2026 Posted in Press releases`
    # a transcript's stage directions: `(END VIDEO)`, `(COMMERCIAL BREAK)`
    r"(?-i:^\((?:BEGIN|END)(?: [A-Z]{1,12}){0,2}\)$|^\((?:COMMERCIAL BREAK|BREAK|CROSSTALK)\)$)|"
    r"^\((?:Laughter|Applause|Inaudible|Crosstalk)\.?\)$|"  # a briefing's `(Laughter.)`
    r"^Searching for your content|"  # a search box's words
    r"^[（(]\s*此件[^（）()]{0,10}[)）]$|"  # `（此件公开发布）`: how a notice is released
    # `（蚌埠新闻网）`: the site a story came from, on a line of its own after it
    r"^[（(][^（）()\s]{2,12}(?:网|網|日报|日報|晚报|晚報|新闻|新聞|电视台|電視台)[)）]$|"
    # `中国时间 20:41 2024年11月24日 星期日`: a page's clock; `View More In This Section`: a
    # section's menu
    r"^(?:中国时间|北京时间|北京時間|台北時間|香港時間|当地时间|當地時間)\s*\d{1,2}:\d{2}\s+"
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|周|週)[一二三四五六日天])?$|"
    r"^View (?:More|All) In This Section$|"
    # a rundown's label: `本期内容简介`
    r"^(?:本期|今日)(?:节目|節目)?(?:内容|內容)(?:简介|簡介|提要|摘要)\s*[:：]?$|"
    # a search page's own lines: `Search resuls for: "National Electoral"`, `25 mentions found`
    r"^Search (?:results?|resuls) for\b|^[\d,]+ (?:mentions?|results?|matches) found$|"
    r"^Top related (?:persons|people|locs|locations|orgs|organi[sz]ations|topics):$|"
    r"(?-i:^Aired (?:on )?[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}\b.{0,30}$)|"  # a transcript's airtime
    r"^(?:News|Content) provided by$|"
    # a release's furniture: `For Immediate Release` on its own, `Release Date: …`, `Office of
    # the Press Secretary`, `Information Bulletin Number 0802152`
    r"^(?:For Immediate Release\s*[:.]?$|Office of the (?:Press Secretary|Spokesperson)\b"
    r"|DATELINE\b)"
    r"|^date\s+\d{4}-\d{2}(?!-\d)\b"  # a listing's `date 2018-01 News Releases from Region 03`
    r"|^(?:Release|Issue|Publication) Date\s*:|^[A-Z][\w ]{2,30} (?:Number|No\.)\s*[\w-]{3,}$",
    r"(?:首[页頁]|Home)\s*(?:>>?|»|＞)|^\[(?:專題介紹|专题介绍|廣告|广告|推廣|推广|贊助|赞助)\]",
    r"^\d+\s+(?:second|minute|hour|day|week|month|year)s?(?:\s+\d+\s+\w+)?\s+ago$",
    r"^From (?:The |the )?[A-Z][\w ]*(?:Library|Wiki|Wikipedia)$",
    # a site's section menu (`US EUROPE AFRICA ASIA 中文`) and slash breadcrumbs
    # (`China / Government`, `News / Press releases`)
    # (`POLEMICS OVER MEDIA BOYCOTT THREAT`: a wire's headline in capitals says how things relate)
    r"(?-i:^(?!.*\b(?:OF|THE|AND|FOR|TO|IN|ON|WITH|BY|AT|FROM|AS|AN?|IS|ARE|OVER|AFTER|AGAINST|"
    r"AMID|UNDER|INTO|ABOUT|BEFORE|WILL|WAS|WERE|HAS|HAVE|NOT)\b)"
    r"(?:[A-Z]{2,8}\s+){3,}[A-Z]{2,8}(?:\s+[^\sA-Za-z]{1,4})?$)",
    # not a heading in capitals (`SECOND READING OF THE BILL`, `EASTERN BONGO BORN AT ZOO…`)
    r"(?-i:^[A-Z][\w&'-]*(?: [\w&'-]+){0,2}(?: / [A-Z][\w&'-]*(?: [\w&'-]+){0,2}){1,3}$)",
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?"  # `Wednesday, June 3, 2009`
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4})"  # `14th February 2012`
    # `Jun 18, 2019, 10:30 ET`, `Monday, 23 May 2022, 11:46 HKT/SGT`
    r"(?:,? \d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}(?:/[A-Z]{2,4})?)?)?$",
    r"(?-i:^CONTACTS?:? [A-Z][A-Z .,&'-]{2,60}$)",  # `CONTACT OFFICE OF PUBLIC AFFAIRS`
]
CHROME = re.compile("|".join(f"(?:{p})" for p in [*_PATTERNS, *SITE_LABELS]), re.IGNORECASE)
# a ticker of other stories, however long: `Turkish army says… • China responds to… • …`
# or set apart by wide gaps: `《Disney +》 迪士尼…   新作MMORPG「ELYON」…   PS5版《Alan Wake 2》…`
# (headlines end in no full stop: paragraphs run together with their indents do; and gaps run
# all the way: a release whose paragraphs lost their marks and breaks is no ticker)
TICKER = re.compile(
    r"^(?:[^•]{5,150}\s•\s+){3,}|^(?:\S[^\n]{3,150}?[^\s。.；;：:]\s{3,}){4,}\S[^\n]{0,150}$"
)
