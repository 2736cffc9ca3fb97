"""Seed quotes and outside sources for jaywalkers shown on public screens (research §8).

Seed 000's two sentences on jaywalking (rating points, Taishan billboards) are held by the
claims panel as `claim.jaywalk_points` and `claim.taishan`; the system module reuses them,
and the NextShark report on Shenzhen (`nextshark-2017-jaywalkers`).
"""

from scenarios.evidence.types import S001, Quote, Reference
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = (
    Quote(
        id="jaywalk_display.face_recognition",
        seed=S001,
        text="Ohlberg points out that facial recognition is often used to identify jaywalkers. "
        "However, it can be done in certain cities, Ohlberg says.",
        speaker="Mareike Ohlberg, as reworded by the seed",
        caveat=_(
            "Muddled in this copy: the second sentence does not follow from the first. What "
            "is documented is face recognition and public screens in a few named cities."
        ),
    ),
)

REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="scmp-2018-jaywalkers-text",
        title="Jaywalkers Under Surveillance In China Will Soon Be Punished Via Text Messages",
        outlet="South China Morning Post (quoted on a Slashdot mirror)",
        date="2018-03-27",
        url="https://slashdot.mozz.us/stories/18/03/27/0417219/?score=1",
        caveat=_("Read as a long quotation of the South China Morning Post on a mirror of Slashdot."),
    ),
    Reference(
        id="thatsshenzhen-2018-jaywalker-webpage",
        title="That's Shenzhen on the police webpage of jaywalkers (headline not recorded)",
        outlet="That's Shenzhen",
        date="2018-03-24",
        url="https://freewechat.com/a/MzIwNTc3Njc2NQ==/2247492832/2",
        caveat=_("Read through a mirror of a WeChat article; one outlet's report."),
    ),
    Reference(
        id="globaltimes-2018-tongzhou-jaywalkers",
        title=(
            "Tongzhou crossing screen replays jaywalkers "
            "(news brief citing Beijing Daily; headline not recorded)"
        ),
        outlet="Global Times (citing Beijing Daily)",
        date="2018 (undated in the copy read)",
        url="http://www.globaltimes.cn/content/1099784.shtml",
        caveat=_("A short news brief; the date was not recorded."),
    ),
    Reference(
        id="chinadaily-2014-shijiazhuang-jaywalkers",
        title="High-tech system exposes jaywalkers who ignore red light",
        outlet="China Daily",
        author="Zhang Yu",
        date="2014-09-29",
        url="http://www.aigou888.cn/china/2014-09/29/content_18683590.htm",
        caveat=_("Read through a mirror of the China Daily article."),
    ),
    Reference(
        id="chinadaily-2018-panyu-jaywalkers",
        title="Jaywalkers beware! Police are watching",
        outlet="China Daily",
        author="Qiu Quanlin",
        date="2018-04-03",
        url="https://global.chinadaily.com.cn/a/201804/03/WS5ac2d2b5a3105cdcf6515e15.html",
    ),
    Reference(
        id="cepa-2019-nanjing-jaywalkers",
        title="Photo caption: a face-recognition screen shows a jaywalker at a Nanjing crossing",
        outlet="CEPA (photo by Wang Feng, Oriental Image)",
        date="2019-07-04",
        url="https://cepa.org/alternatives-to-chinas-tech-authoritarianism-a-priority-for-transatlantic-action/2019-07-04t154434z_1428919465_mt1imgcnbjl11888193_rtrmadp_3_china-jiangsu-nanjing-jaywalkers-facial-recognition-1-1/",
        caveat=_("A photo caption, not an article: it shows the screen in use, not its rules."),
    ),
)
