"""The furniture of the sites news is copied onto, matched when short (`FURNITURE`): a
government portal's footer and its weather and air-quality widgets, a forum post's counters and
its poster's ranks (Discuz), a blog host's widgets, a newspaper portal's greeting and edition
line, an icon font's names, a browser's upgrade prompt, a market ticker; and what a paper's
story carries of its page (`PAGE_JUMP`): a jump to another page, an end mark, a filing date."""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES as HAN

_PATTERNS = [
    # a portal's footer: its registration numbers, who runs and maintains it
    # (`网站标识码：5002350018`, `渝ICP备12003733号-1`, `渝公网安备：500235…号`)
    r"网站标识码|網站標識碼|ICP\s*[备備证證]|公网安备|公網安備|(?:网站|網站)(?:主办|主辦)(?:单位|單位)\s*[:：]|"
    r"(?:主办|主辦)(?:单位|單位)?\s*[:：].{1,40}(?:版权所有|版權所有|承办|承辦|主管|协办|協辦)|"
    r"^(?:网站|網站)?(?:维护|維護|技术支持|技術支持|运维|運維)(?:单位|單位|电话|電話|联系电话|聯繫電話)?\s*[:：]",
    # a browser's upgrade prompt (`關閉此視窗 請至Edge官網下載`), an air-quality widget's
    # labels (`空氣品質指標`, `對敏感族群不健康`), a radio site's player (`Play Live Radio`)
    r"(?:請至|请至)\S{2,16}(?:官網|官网)(?:下載|下载)|^(?:關閉此視窗|关闭此窗口)|"
    r"^(?:空氣品質指標|空气质量指数|空氣品質|對敏感族群不健康|对敏感人群不健康|"
    r"對所有族群不健康|非常不健康|危害)$|^(?:Play Live Radio|Available On Air Stations|Next Up:)$",
    # a city portal's weather widget (`晴天`, `今日氣溫`); a paper's app and fan-page links
    r"^(?:晴天|陰天|阴天|多雲|多云|雨天|晴時多雲|多雲時晴|今日氣溫|今日气温|氣溫|降雨)$|"
    r"(?:APP|App).{0,30}(?:粉絲團|粉丝团)|"
    # an adults-only notice over the story (`限制級`, `您即將進入之新聞內容 需滿18歲 方可瀏覽`)
    r"^限制級$|^我同意$|^AQI$",  # (its sentences are notices)
    # a login box's labels (`檢索: 帳戶 密碼`, `用户名 密码 登录`) and a row of a page's tools in
    # brackets (`【打印】 【投稿】 【推薦】 【關閉】`); a picture's `放大圖片` and the link over it
    r"^(?:(?:檢索|检索|搜索|搜尋|帳戶|账户|帳號|账号|帐号|用戶名|用户名|密碼|密码|驗證碼|验证码|"
    r"登入|登錄|登录|註冊|注册)\s*[:：]?\s*){2,6}$|"
    r"^(?:[【\[](?:打印|列印|投稿|推薦|推荐|關閉|关闭|收藏|分享|轉寄|转发|評論|评论|返回|大|中|小)"
    r"[】\]]\s*){2,8}$|^(?:https?://\S+\s*)?(?:\[\d{4}-\d{2}-\d{2}\]\s*)?(?:放大圖片|放大图片)$|"
    r"^https?://\S+\s+\[\d{4}-\d{2}-\d{2}\]$",
    # a portal's menu row of five or more links (`南加社區新聞 吃遍南加 玩遍南加 … FB好友`), a
    # story's keyword tags set so after a stray mark (`」內政部 國土署 賴清德 土方 明道大學`)
    rf"^[」』]?(?:[A-Za-z]{{0,4}}[{HAN}]{{1,6}}\s+){{4,}}[A-Za-z]{{0,4}}[{HAN}]{{1,6}}$",
    # a row of a government page's disclosure table, set one field per line (`组配分类: 其他文件`)
    r"^(?:索引[号號]|[组組]配分[类類]|主[题題]分[类類]|[体體]裁分[类類]|信息分[类類]|有效性|文[号號]|"
    r"[发發]文日期|成文日期|生效[时時][间間]|[废廢]止[时時][间間]|公[开開]方式|[内內]容概述)\s*[:：]",
    # a font-size widget (`字号变大 | 字号变小`); a wire's file picture, named in brackets
    # (`（中央社檔案照片）`)
    r"字[号號](?:变|變)[大小]|"
    r"^[（(][^（）()]{2,8}(?:檔案照片|档案照片|資料照片|资料照片)[)）]$|"
    # a station's airtime (`Weekday mornings 3:00 a.m. till 9:00 a.m.`), a caption's sponsor
    r"^(?:Week(?:day|end|night)s?|Saturdays?|Sundays?) (?:mornings?|afternoons?|evenings?|nights?)"
    r"\s+\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|"
    r"^-?\s*Captioning (?:sponsored|provided|made possible) by\b|"
    # `FOR RELEASE February 5, 2016.`: a release's header with its day
    r"(?-i:^FOR (?:IMMEDIATE )?RELEASE\b[^.]{0,40}\.?$)|"
    # a link's call (`Click to view the FY13 Budget Message.`), a player's (`Listen to Today's
    # Programme in Full`, `Listen Again`)
    r"^Click (?:here )?to (?:view|read|download|see|watch|listen to)\b[^.!?]{0,60}\.?$|"
    r"^Listen (?:Again|Live|to [^.!?]{2,40} in [Ff]ull)$|"
    # a page's share prompt and its accessibility links (`Like this page?`, `Send it to a
    # friend!`, `Accessibility help`, `Text only`)
    r"^(?:Like this (?:page|article|story)\?|Send (?:it|this) to a friend!?|Accessibility help|"
    r"Text only|广告|廣告)$|^[-–—]?\s*(?:Advertisement|ADVERTISEMENT)\s*[-–—]?$|"
    # a day's name alone, the rest of its stamp gone: `Thursday`, `星期四`
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|星期[一二三四五六日天]|禮拜[一二三四五六日天])$|"
    # a programme page's player: `现正播放：…`, `Now playing: 足本播放 Play full episode`,
    # `分段播放：`, `Selected audio segments:`
    r"^(?:现正播放|現正播放|Now playing)\s*[:：]|^(?:分段播放|Selected audio segments)\s*[:：]?$|"
    # a related story's link, its column, headline and stamp (`【香港政情】… 09/01/2026 12:17`)
    r"^【[^【】]{2,8}】.{4,80}\s\d{2}/\d{2}/\d{4}\s+\d{1,2}:\d{2}$",
    # a site's menu, one link a line (`首页`, `Log in`, `下载应用`, `关于我们`), its hot list's
    # label (`🔥 热搜 🔥`), a WeChat post's topic tag (`收录于话题`)
    r"^(?:首[页頁]|Home|Log ?in|Sign ?in|Log ?out|Sign ?out|Reset (?:your )?password|"
    r"Forgot (?:your )?password\??|My account|[•·]?\s*MENU|top of page|"
    r"下[载載](?:应用|應用|APP|App)|提交文章|[关關]于我[们們]|[关關]於我[们們]|"
    r"[联聯][系络絡]我[们們]|网站地图|網站地圖|收[录錄]于[话話][题題])$|^\W*(?:热搜|熱搜|热榜|熱榜)\W*$",
    # a site's sign-up wall (`Have you registered with us yet?`, `Register now to enjoy more…`)
    r"^Have you registered(?: with us)?(?: yet)?\?$|^Already registered\??$|^Register$|"
    r"^Register now (?:to|for)\b.{0,80}$",
    # a link's call at a line's end (`To view Executive Order 20-18, click here.`), a broadcaster's
    # sponsor box (`Learn More about PBS online sponsorship`)
    r"^[^.!?]{0,60}[,，]\s*click here\.?$|Learn More\s*about PBS online sponsorship",
    # an SEC filing's exhibit label (`EXHIBIT 99.1`); a portal's `新華網 正文` (the site, then
    # where the story starts)
    r"^Exhibit \d{1,3}(?:\.\d{1,2})?$|^(?:\S{2,10}\s+)?正文$",
    # a bar of a site's sister titles (`Pattaya Blatt | Pattaya Mail | Pattaya Mail TV`)
    r"(?-i:^[A-Z][\w&'-]*(?: [\w&'-]+){0,2}(?: \| [A-Z][\w&'-]*(?: [\w&'-]+){0,2}){2,6}$)",
    # a Malaysian paper's stamp, the time first (`发布: 3:25pm 14/03/2025`)
    r"^(?:发布|發布|更新)\s*[:：]\s*\d{1,2}:\d{2}\s*[ap]m\s+\d{1,2}/\d{1,2}/\d{4}$",
    # a forum post's counters and tools (`查看: 354|回复: 3`, `[复制链接]`, `显示全部楼层`)
    r"^查看\s*[:：]\s*\d+\s*[|｜]\s*(?:回[复復]|引用)\s*[:：]\s*\d+$|^\[?(?:复制链接|複製鏈接)\]?$|"
    r"显示全部楼层|顯示全部樓層|只看该作者|只看該作者|阅读模式|閱讀模式|倒序浏览|倒序瀏覽|"
    r"^(?:发表于|發表於)\s*\d{4}-\d{1,2}-\d{1,2}",
    # the poster's card beside it: their ranks and counts, each on a line of its own
    r"^(?:主题|主題|回帖|精华|精華|积分|積分|金钱|金錢|威望|帖子|贡献|貢獻|注册时间|註冊時間|"
    r"在线时间|在線時間|最后登录|最後登錄|阅读权限|閱讀權限|听众|收听|好友)$|^(?:Rank:\s*\d+)+$|"
    r"^(?:跳转到指定楼层|跳轉到指定樓層|打印 上一主题 下一主题|打印 上一主題 下一主題)$|"
    r"^(?:发表人|發表人) (?:内容|內容)$|^\d{1,4}#$|"
    # a company site's contact card (`联系电话：67360553`, `传真号码：…`, `QQ:457460249`)
    # (`新聞稿聯絡人：許股長…`, `業務聯絡人：楊國瑜`: the release's contact; `地址：http://…`: the
    # page's own address)
    r"^(?:地址|網址|网址|原文地址|本文地址|原文[链鏈]接|文章[链鏈]接)\s*[:：]\s*https?://\S+$|"
    r"^(?:新聞稿|新闻稿|新聞|新闻|媒體|媒体|業務|业务)?(?:联系电话|聯絡電話|聯繫電話|联系人|聯絡人|聯繫人|联络人|"
    r"传真(?:号码)?|傳真(?:號碼)?|移动电话|"
    r"手机|手機|邮政编码|邮政编号|邮编|公司地址|公司网址|公司網址|QQ|E-?mail|"
    r"投稿邮箱|投稿郵箱|投稿信箱)\s*[:：]\s*\S.{0,50}$|"
    r"^(?:[A-Z] ){4,}[A-Z]$|"  # a label in spaced capitals: `N E W S R E L E A S E`
    r"^\(\s*\d{1,3}\s*(?:seconds?|secs?)\s*\)$|"  # a bulletin script's timing: `(25 seconds)`
    r"^How to Watch [\w .'&-]{2,40}$|^Providing Support for [\w.-]{2,30}$|"  # a station's boxes
    # a search box's answers, a shortlink widget, an e-paper's tools and its database's name
    r"^(?:查看所有[結结]果|[沒没]有[結结]果)$|^The shortlink cop(?:ied|eid)$|^Shortlink\s*:$|"
    r"^返回目[录錄](?:\s|$)|^[^，。\s]{2,12}(?:图文数据库|圖文數據庫)(?:[（(]\d{4}-\d{4}[)）])?$|"
    # a lottery's spam (`一分快3登录`, `全民彩平台登录`), a trader's phone in a line of its own
    r"(?:快3|快三|彩平台|[时時][时時]彩)[^。]{0,20}?(?:登[录錄]|官[网網]|入口|邀[请請]|下[载載])|"
    r"^[^。，]{0,20}(?:[电電][话話]|[热熱][线線])\s*[:：]\s*[\d-]{7,}$|"
    r"^(?:跟[贴帖]|跟貼)[热熱]词[:：]?$|^\+?(?:加载更多|加載更多)\S{0,4}$|"  # a portal's buttons
    r"^(?:正式会员|正式會員|注册会员|註冊會員|中级会员|中級會員|高级会员|高級會員|新手上路|"
    r"论坛元老|論壇元老|金牌会员|金牌會員|超级版主|超級版主|版主|管理员|管理員)$|"
    r"广告位|廣告位|^更多广告|^更多廣告",
    # a blog host's widgets: an icon font's names, its popular posts, the post's own counters
    # (`qs66qsqhai 發表在 痞客邦 留言(0) 人氣()`)
    r"(?-i:^(?:close|arrow|menu|search|share|expand_(?:more|less)|chevron_(?:left|right)|"
    r"arrow_(?:back|forward|upward|downward)|more_(?:vert|horiz)|keyboard_arrow_\w+)$)|"
    r"^(?:全站熱搜|全站热搜)$|(?:發表在|发表在)\s*\S{2,10}\s*留言\s*[(（]\d*[)）]|"
    r"(?:人氣|人气)\s*[(（]\d*[)）]$",
    # a comment box's heading with its count left blank (`留言与评论（共有 条评论）`)
    r"(?:共有|共)\s*\d*\s*(?:条|條)(?:评论|評論|留言)\s*[)）]?$",
    # a paper's edition under its story: `《 人民日报 》( 2023年08月17日 03 版)`; a picture's
    # notice: `(资料图片仅供参考)`
    # (a paper's name, or any name with its page: `《採訪受阻事件透視》(2002年3月28日)` is a title)
    # (its writer's name may come first: `徐驭尧《人民日报》（2022年01月05日 第 07 版）`)
    rf"^(?:[{HAN}]{{2,4}}\s*)?《\s*(?:[^《》]{{1,11}}?[报報刊网網]|[^《》]{{2,12}}?(?=\s*》[^》]*版))\s*》\s*[(（]\s*"
    r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:第?\s*\d{1,2}\s*版)?\s*[)）]$"
    r"|^[(（]?\s*(?:资料图片|資料圖片|资料图|資料圖|图片|圖片|配图|配圖)(?:仅供参考|僅供參考|来源网络|來源網絡)?"
    r"\s*[)）]?$",
    # a newspaper portal's greeting, its edition and its buttons (`您好！今天是`, `當前報章為
    # 第12047號`, `設為主頁收藏本頁`, `字體: 放大 還原 縮小`)
    r"^(?:您好|你好)\s*[!！]?\s*今天是|^(?:當前報章|当前报章)|"
    # the paper's name and the day's date over its page (`工人日报 2010年05月24日 星期一`)
    rf"^[{HAN}]{{2,10}}[报報]\s+\d{{4}}年\d{{1,2}}月\d{{1,2}}日\s*(?:星期|週|周)[一二三四五六日天]$|"
    r"^(?:設為主頁|设为主页|設為首頁|设为首页)|(?:加入收藏|收藏本[頁页])$|"
    r"^(?:社交網站|社交网站)\s*[:：]$|^(?:今日導讀|今日导读|本報新聞|本报新闻)$|"
    r"^字[體体號号]\s*[:：]?\s*(?:放大|大\s*中\s*小)|字[體体號号]\s*[:：]\s*[【\[]?\s*$",
    # a desk's filing line over a Taiwanese story (`政治中心/綜合報導`, `新聞中心報導`); a
    # programme page's link to its audio (`點擊收聽《臺灣新聞晚播報》→`)
    rf"^[{HAN}]{{2,6}}(?:中心|組|组|部)\s*[/／]?\s*[{HAN}]{{0,4}}?(?:報導|报导|報道|报道)$"
    r"|^(?:點擊收聽|点击收听|點擊收看|点击收看)《[^《》]{2,20}》\s*[→>»]?$",
    # a printed page's colour plates in a PDF's text (`Black Cyan Magenta Yellow`)

    r"(?-i:\bCyan\s+Magenta\s+Yellow\b)",
    # a breadcrumb with no marks between its steps (`本頁位置首頁新聞中心國內新聞`); who posted
    # it (`Posted by: Media Relations`)
    r"^(?:本頁位置|本页位置|目前位置|所在位置)|(?-i:^Posted by\s*:)",
    # a Hong Kong release's end (`Ends/Friday, October 7, 2016`, `Issued at HKT 15:55`, `NNNN`,
    # `香港時間15時55分`) and its site's link (`Today's Press Releases`)
    r"(?-i:^Ends\s*/\s*[A-Z][a-z]+day,|^Issued at HKT \d{1,2}:\d{2}$|^NNNN$"
    r"|^Today's Press Releases$)|"
    r"^(?:香港|澳門|澳门)(?:時間|时间)\d{1,2}(?:時|时)\d{1,2}分$|"
    # a site's social and translation widgets, an e-paper's pager, a photo's © credit line
    r"(?-i:^(?:Connect with us|Follow us|Share this(?: article| story| page)?)$)|"
    r"(?:翻譯成各國文字|翻译成各国文字)|^\d*\s*(?:上一期|下一期|上一版|下一版)(?=\s|$|[|｜>»])|(?:版面导航|版面導航)$|"
    r"^[^。！？©]{2,40}\s©\s?[^\s©。]{2,16}$|"
    # a feed's date field (`日期：Sat, 13 Jun 2020 08:38:34 +0000`); a page's download buttons
    # (`字号：[ ] 【下载Word】【下载PDF】`); a WordPress shortcode left bare (`[bsa_pro_ad_space
    # id=12]`)
    r"(?-i:^(?:日期|Date)\s*[:：]\s*(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+"
    r"[\d:]{5,8}(?:\s*[+-]\d{4})?$)|[【\[](?:下载|下載)\s*(?:Word|PDF|WORD)[】\]]|"
    r"^\[[a-z_]{3,40}(?:\s+[a-z_]+=[^\]]*)*\]$|"
    # a broadcaster's sponsor link (`Learn More about PBS online…`); a logo's alt text
    r"(?-i:^Learn More\s*about\b)|\blogo and link$|"
    r"^E-?mail this (?:information|article|story|page) to a friend$|"
    # a programme's airtime under its rundown (`（《新闻联播》 20210427 19:00）`)
    r"^[（(]《[^《》]{2,12}》\s*(?:19|20)\d{6}\s*\d{1,2}:\d{2}[)）]$",
    # a video's link over a speech's text; a transcript archive's record fields
    r"^To (?:view|watch|read|download|see)\b.{0,80}\b(?:visit|click)\b|"

    r"(?-i:^(?:Release Type|Transcript ID|Released by|Period of Service)\s*:)",
    # a public radio station's page: the show's airtime (`Weekdays from 5 a.m. to 9 a.m.`), its
    # CMS's empty fields and record ids, the story's stamps (`Originally published on…`, `2:44 am`)
    r"(?-i:^(?:Weekdays|Weekends|Weeknights|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?)"
    r"(?:\s*(?:-|–|to|through)\s*\w+days?)?,?\s*(?:from\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:-|–|to)\s*\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?$)|"
    r"(?-i:^(?:Genre|Composer ID):$|^Pages$)|^[0-9a-f]{24,40}(?:\|[0-9a-f]{24,40})*$|"
    r"(?-i:^Originally published on\b.{0,60}$)|^\d{1,2}:\d{2}\s*[ap]\.?m\.?$",
    # a paper's channel call (`請來Follow我們《東方日報》WhatsApp Channel`), its paywall
    # (`订户专享 赠阅文章`), its tip line, a QR widget's call
    r"(?:Follow|關注|关注|追蹤|追踪)(?:我們|我们).{0,24}(?:WhatsApp|Telegram|Channel)|"
    r"(?:订户专享|訂戶專享)|(?:赠阅文章|贈閱文章)$|"
    r"(?:新聞線索|新闻线索|報料|报料|爆料)(?:提供)?(?:熱線|热线)|"
    r"^(?:扫描|掃描)到(?:手机|手機)|"
    # a Taiwanese release's issuing staff; a page database's empty edition cell (`第1版（）`)
    r"^(?:發稿|发稿)(?:人員|人员|單位|单位)\s*[:：]|^第\d{1,2}版[（(]\s*[）)]$|"
    r"^https?://\S+\s+(?:19|20)\d{2}-\d{1,2}-\d{1,2}\b.{0,12}$",
    # a blog post's footer (`归档在 工作剪影 | 浏览 39951 次 | 评论 0 条`), an e-paper's date row
    # behind empty cells (`| | | 2019年01月28日 星期一`)
    r"^(?:归档在|歸檔在)\s|(?:浏览|瀏覽)\s*\d+\s*次\s*[|｜]|^(?:[|｜]\s*){2,}\S.{0,30}$",
    # a page template's field left unfilled (`查看全部{{ item.replyCount }}条回复>`), a comment
    # box's links (`查看更多回复>`); a software ad over a copied transcript (`Blazing fast.
    # Incredibly accurate. Try it free.`, `No credit card required`)
    r"\{\{\s*[\w.]+\s*\}\}|^(?:查看(?:全部|更多)\d*(?:条|條)?(?:回复|回覆|评论|評論)\s*>?\s*)+$|"
    r"(?-i:^No credit card (?:required|needed)\.?$"
    r"|^(?:[A-Z][^.!?]{2,40}[.!]\s*){0,3}Try it (?:free|now)[.!]?$)",
    # a share bar's counter (`0 SHARES Share Tweet`); an English site's menu row (`Home ARCHIVE
    # ABOUT EMAIL`): menu words alone, three or more
    r"^\d[\d,.]*[KkMm]?\s+SHARES?(?:\s+(?:Share|Tweet|Pin|Email|Facebook|Twitter|WhatsApp))*$|"
    r"^(?:(?:Home|Archive|About(?: Us)?|E-?mail|Contact(?: Us)?|Search|Subscribe|Log ?in|Sign in|"
    r"Register|Podcasts?|Videos?|Audio|Programs?|Schedule|Donate|Menu|Help|FAQ|Privacy|Terms)"
    r"\s*[|•·/]?\s*){3,10}$",
    # a release's contact run into its number (`ContactGail Bennett(304) 366-2921, ext. 214`), a
    # feed's credit line (`from Voice of America http://ift.tt/2cpaMit`, `via IFTTT`), a page's
    # tracking pixel (`meta_pixel`)
    r"(?-i:^Contacts?:?\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}\s*,?\s*"
    r"\(?\d{3}\)?[\s.-]*\d{3}[-.\s]\d{4}\b.{0,20}$)|"
    r"^(?:(?:from|via) [A-Z][^\n]{1,40}? https?://\S+(?: via IFTTT)?\s*)+$|"
    r"^via IFTTT$|^meta_pixel$|"
    # a menu's hint (`拖拉類別可自訂排序`)
    rf"^(?:拖拉|拖曳|拖动|拖動)[^，。]{{0,8}}(?:排序|順序|顺序)$|"
    # a portal's topic label over the story (`专题:2010年全国两会`)
    rf"^(?:专题|專題)\s*[:：]\s*[^，。\s]{{2,20}}$|"
    # a video page's player labels (`新闻联播直播视频播放`, `…直播在线观看`, `切换兼容方式观看`,
    # `重播:CCTV13 21:00`)
    # (a sentence that says people watched it online ends in a full stop: no label)
    r"^(?![^\n]*[。！？!?])[^\n]*?(?:(?:直播|在线|在線)(?:视频|視頻)?(?:播放|观看|觀看)|(?:视频|視頻)播放)|"
    r"切换兼容方式|切換兼容方式|(?:重播|回放)\s*[:：]\s*CCTV|^\S{2,8}直播$|"
    # and its link to the script: `新闻联播文字稿完整版`
    r"^(?:新闻联播|新聞聯播)?(?:文字稿|文字版)(?:完整版)$|"
    # a site's copy guard (`error: Content is protected !!`)
    r"(?-i:^error: Content is protected\s*!*$)|"
    # a listing's stamp over each release (`Released: 3-Sep-2019 7:00 AM EDT`)
    r"(?-i:^(?:Released|Posted|Published|Updated):\s*\d{1,2}-[A-Z][a-z]{2}-\d{4}"
    r"(?:\s+\d{1,2}:\d{2}\s*(?:AM|PM)(?:\s+[A-Z]{2,4})?)?$)|"
    # a code host's file view (`247 lines (123 loc) · 30.6 KB`, `File metadata and controls`)
    r"(?-i:^\d+ lines? \(\d+ loc\) · [\d.]+ [KMG]?B$|^File metadata and controls$|^Latest commit$)|"
    # a row of links, each set off by a dot (`·《对话城市》直播中国 ·新浪特许频道免责公告`)
    r"^(?:[·・]\s*[^·・\s。，！？]{2,16}\s*){3,}$|"
    # (a dialog's buttons: `恢復預設 確定`)
    r"^(?:恢復預設|恢复默认|確定|确定|取消)(?:\s+(?:恢復預設|恢复默认|確定|确定|取消))+$|"
    # a paper's market ticker (`富時綜指 1537.01 (-10.98)`, `恒生指数 17,002.33 +1.2%`)
    rf"^[{HAN}A-Za-z\d ]{{2,12}}?\s*[\d,]+\.\d+\s*[(（]?[+\-−]\d[\d,.]*%?[)）]?$",
    # a page's placeholders and a picture's file name: `Card image cap`, `图片默认标题_fororder_1`,
    # `WhatsApp Image 2018-11-12 at 14.25.23.jpeg`; an archive's and a portal's empty fields
    # (any line that is a file name alone: `whiteCNN 10_Final Logo.png`, `0401_090623_285.jpg`)
    r"^Card image(?: cap)?$|_fororder_\d+$|^[^\s。，,!?！？][^。，!?！？]{0,60}"
    r"\.(?:jpe?g|png|gif|webp|svg|bmp)$|^No media available(?: for this (?:record|item))?$"
    r"|^Other available languages\s*:\s*(?:none|[A-Z]{2}(?:\s+[A-Z]{2})*)$"
    r"|^Page content transcription$"
    # a forum's thread links alone, a portal's advice on the browser to use
    r"|^(?:上一主题|上一主題)\s+(?:下一主题|下一主題)$|^(?:建议|建議)使用IE\s?\d",
    # a mailed newsletter's banner (`★ 無法正常瀏覽內容，請按這裡線上閱讀`, `Having trouble
    # viewing this email? View it in your browser`)
    r"(?:無法正常|无法正常)(?:瀏覽|浏览|顯示|显示|閱讀|阅读).{0,12}(?:請按|请按|請點|请点|點擊|点击|點此|点此)"
    r"|(?:trouble|problems?) viewing this (?:e-?mail|message|newsletter)"
    r"|^View (?:this (?:e-?mail|newsletter)|it|online) in (?:your|a) (?:web )?browser\.?$",
    # a page's permalink (`News Article(permalink)`); a gambling site's entry under its code
    # (`√js3777登录入口`)
    r"\(permalink\)$|^permalink$"
    r"|^\W?(?:[A-Za-z]{1,8}\d{2,6}|\d{2,6}[A-Za-z]{1,8})\S{0,6}?(?:登[录錄]|官[网網]|[网網]址)入口$",
    # a site's footer card: who runs it, then its address or numbers (`主管单位：…融媒体中心
    # 地址：…`); a contact card: two labelled fields or more (`电话：0598-… QQ:… 投稿信箱：…`)
    r"^(?:主管|主办|主辦)(?:单位|單位)\s*[:：]\s*\S{2,30}\s+(?:地址|电话|電話|邮编|郵編)\s*[:：]"
    r"|^(?:[^。！？]{0,12}?(?:电话|電話|QQ|邮箱|郵箱|信箱|传真|傳真|(?<![A-Za-z])(?:E-?mail|Tel|Fax))\s*[:：]"
    r"\s*[\w@.+()-]{5,40}\s*){2,}$",
    # a page's error and account widgets (`Something went wrong`, `Account: (login)`, `You have
    # … in your basket`), a comment box's (`沒有留言`) and a reactions bar's (`0 reaction icon
    # 0 reaction icon`); a teaser's link to the whole story
    r"^Something went wrong[.!]?$|^Account:\s*\(?log ?in\)?\.?$"
    r"|^You have .{1,40} in your (?:basket|cart|bag)\.?$|\breaction icon\b"
    r"|^(?:沒有|没有|暫無|暂无|無任何|无任何)(?:留言|評論|评论)$"
    r"|^(?:\.{3}|…)?\s*read (?:the )?full (?:text|story|article|release|statement)\b\.?$"
    r"|^Download the full (?:statement|report|release|text)\.?$",
]
FURNITURE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
# a site's menu on one line, its home first, however many links (`本站首頁 關于我們 法律圖書館與
# 法律信息研究會 法律信息研究 中外法律圖書館 …`)
MENU_LINE = re.compile(
    # (or a section's: `評論首頁 政經 社會 生活 國際…`)
    r"^[^\s。，！？]{0,4}首[頁页](?:\s+[^\s。，！？]{2,16}){3,}$"
    # `News Releases from Headquarters›Enforcement and Compliance…`: a single guillemet is no
    # mark of prose, whatever its crumbs' length
    r"|^[^›‹。，.!?]{2,60}(?:\s*›\s*[^›‹。，.!?]{2,60})+$"
)


# `（下转第二版）`, `(上接第1版)`: a newspaper story's jump to or from another page
PAGE_JUMP = re.compile(
    r"[(（](?:下转|下轉|上接|接上|转|轉)第?[一二三四五六七八九十\dA-Z]{1,3}版[)）]"
    # `（相關新聞刊二版）`: the paper's other story on the subject, on another page
    r"|[(（](?:相關新聞|相关新闻|相關報導|相关报道)(?:刊|見|见|詳見|详见)?第?[一二三四五六七八九十\dA-Z]{1,3}版[)）]"
    r"|(?<=[。！？!?”」])\s*[(（]\s*(?:完|全文完)\s*[)）]$"  # `…信心。(完)`: the end mark
    # `…新模式（圖/翻攝自google map）`: where the picture came from, wherever it is set
    r"|[(（](?:圖|图|照片|影)\s*[/／][^()（）]{2,30}[)）]"
    # `…记者会。 [ 2017-03-08 10:05 ]`: when a live page posted each line
    r"|(?<=\S)\s*\[\s*(?:19|20)\d{2}-\d{2}-\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*\]$"
    # `…好去处。 《人民日报》 (2004年10月07日 第一版) 相关专题:…`: its paper's page, glued to it
    r"|(?<=[。！？!?”」])\s*《\s*[^《》]{1,11}[报報]\s*》\s*[(（]\s*(?:19|20)\d{2}年\d{1,2}月"
    r"\d{1,2}日\s*第?\s*[\d一二三四五六七八九十]{1,3}\s*版\s*[)）]"
    r"(?:\s*(?:相关专题|相關專題)\s*[:：][^。！？]{0,40})?$"
    # `第1版(要闻)专栏: …`: a paper's archive files the story under its page and column
    r"|^第\s*\d{1,2}\s*版\s*[(（][^()（）]{0,8}[)）]\s*(?:专栏|專欄)?\s*[:：]\s*"
    # `…事宜。(县政府办)`: the office that sent the story in
    r"|(?<=[。！？!?”」])\s*[(（][^()（）\s]{2,10}(?:办|辦|办公室|辦公室|供稿|记者组|記者組)[)）]$"
    # `（福州日报记者组）`: the same on a line of its own, under the story
    r"|^[(（][^()（）\s]{2,12}(?:记者组|記者組|供稿)[)）]$"
    # `…成为行动自觉。(供稿:晋城市委政研室)`: the same, named after the word
    r"|(?<=[。！？!?”」])\s*[(（](?:供稿|供稿单位|供稿單位)\s*[:：][^()（）\s]{2,16}[)）]$"
    # `…在巴基斯坦會晤。法新社 ・ 15 小時前`, `on.cc 東網 ・ 2 小時前`: a portal's wire label and
    # how long ago, run in
    r"|(?<=[。！？」”])\s*[^\s。，]{2,8}(?:\s[^\s。，]{1,8})?\s*[・·]\s*\d+\s*(?:小時|小时|分鐘|分钟|天)前$"
    r"|(?<=[.!?”\"])\s*-\s*(?i:more)\s*-$"  # `…3/31/04. -more-`: a release goes on overleaf
    r"|(?<=[.!?”\"])\s*Transcript provided by NPR, Copyright NPR\.?$"  # the network's footer
    # `…今天全縣停止上班上課。1050927`: the wire's filing date in Taiwan's calendar
    r"|(?<=[。！？」”])\s*1\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])$"
    # `…聯絡場地職員。2016年5月30日(星期一)`: the release's date, run into its last line
    r"|(?<=[。！？」”])\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*[(（]星期[一二三四五六日天][)）]$"
    # a transcript's stage direction run into the text: `…in their lifetime. (BREAK) JUDY…`
    r"|(?<![^\s.!?”\"])\s*\((?:COMMERCIAL BREAK|BREAK|CROSSTALK|LAUGHTER|APPLAUSE|INAUDIBLE|"
    r"(?:BEGIN|END) (?:VIDEO ?TAPE|VIDEO CLIP|VIDEO|AUDIO CLIP|LIVE FEED))\)(?=\s|$)"
    # a bulletin's or a programme's cue for the tape: `(audio begin)`, `(Start VT)`
    r"|(?<![^\s.!?”\"…])\s*\((?i:(?:begin|end|start) (?:audio|VT|SOT)|audio (?:begin|end))\)"
    r"(?=\s|$)"
)


# a Taiwanese city's release header run into its first paragraph (`發稿單位：新聞及國際關係處
# 發稿時間：110年1 月1日 11:30 發稿人員：葉冠伶 06-2991111#8154 迎接2021年…`): two fields or more,
# a value going on over a gap only with its day, its hour or a number (never into the story's
# own first words: `…聯絡人:陳佩琪 114年5月20日，臺北市…` keeps its date)
_VALUE = r"(?:[^\s:：]|(?<=\d)[:：](?=\d))+"  # (`11:30`: an hour's colon is the value's)
RELEASE_HEADER = re.compile(
    rf"^(?:(?:發稿單位|發稿時間|發稿日期|發稿人員|發布單位|新聞聯絡人|聯\s*絡\s*人|聯絡電話)\s*[:：]\s*"
    rf"{_VALUE}(?:\s+[\d年月日:：#()（）分機-]{{1,16}}(?=\s))*\s*){{2,}}(?=\S)"
)
