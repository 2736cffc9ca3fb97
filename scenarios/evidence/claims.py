"""Seed quotes and outside sources for the claims-and-record panel (`scenarios.claims`).

Quotes here are the seed sentences that no system module or core quote already holds;
claims reuse those where they do. References are the outside sources no other module
already names.
"""

from scenarios.evidence.types import S000, S001, S002, S003, S004, Quote, Reference
from scenarios.i18n import _

QUOTES: tuple[Quote, ...] = (
    # One score for everyone.
    Quote(
        id="claim.comprehensive_rating",
        seed=S000,
        text="China plans to roll out a comprehensive credit rating system - detailing the "
        "'trustworthiness' of its 1.3 billion citizens - by 2020.",
        caveat=_("Did not happen. China has no single rating for every citizen."),
    ),
    Quote(
        id="claim.score_each_citizen",
        seed=S003,
        text="The system will be used to score each of the country's 1.3 billion citizens based "
        "on their behaviour, such as financial credibility, social media activity and run-ins "
        "with the law.",
        caveat=_("Did not happen. China has no single score for every citizen."),
    ),
    Quote(
        id="claim.rate_each_citizen",
        seed=S004,
        text="China is set to implement a social credit system that will rate each of its "
        "citizens on a publicly available scale.",
        caveat=_("Did not happen. China has no single scale that rates every citizen."),
    ),
    Quote(
        id="claim.officially_scs",
        seed=S004,
        text="Officially known as the Social Credit Score or SCS, the system is likely to be "
        "implemented by 2020.",
        caveat=_(
            "Wrong. No source found uses this as an official name: the plans speak of a social "
            "credit system, not a score."
        ),
    ),
    Quote(
        id="claim.no_national_system",
        seed=S001,
        text="Ohlberg states that there is no one, national coordinated system.",
        speaker="Mareike Ohlberg, Mercator Institute for China Studies",
    ),
    # Mandatory, and a code for every citizen.
    Quote(
        id="claim.soon_compulsory",
        seed=S001,
        text="Participation in both the government and private versions of the social credit "
        "system is voluntary at the moment. However, it will soon be compulsory.",
        caveat=_(
            "Did not happen for any score. What is compulsory is being recorded by courts and agencies."
        ),
    ),
    Quote(
        id="claim.credit_code",
        seed=S003,
        text="The government aims to have the system fully functioning and for each citizen to "
        "have their 'credit code' by 2020.",
        caveat=_(
            "Partly right. The 2014 plan bases each person's credit code on the ID card number "
            "they already had; companies and organisations were given a new 18-character code."
        ),
    ),
    Quote(
        id="claim.poor_credit_code",
        seed=S003,
        text="A poor credit code could result in citizens being unable to apply for certain "
        "jobs, housing or credit to start a company.",
    ),
    Quote(
        id="claim.unified_social_code",
        seed=S001,
        text="The government system should eventually be national, with all citizens and "
        "businesses being given an “unified social code” and citizens having an identity number.",
    ),
    # Jaywalking.
    Quote(
        id="claim.jaywalk_points",
        seed=S000,
        text="Some pilot cities are using facial recognition technology to track jaywalkers, "
        "with the loss of rating points just one consequence of the offence.",
        caveat=_("Not confirmed. No source found gives a points value for jaywalking in any named city."),
    ),
    Quote(
        id="claim.taishan",
        seed=S000,
        text="In the city of Taishan, pictures of the jaywalkers are also shown on video billboards.",
        caveat=_(
            "Not confirmed for Taishan. The documented case is Shenzhen, in the same province, "
            "from April 2017."
        ),
    ),
    # Courts and debtors.
    Quote(
        id="claim.liu_hu_rumour",
        seed=S000,
        text="According to Human Rights Watch the journalist was accused of “spreading rumour and "
        "defamation”.",
    ),
    Quote(
        id="claim.zhengzhou",
        seed=S000,
        text="Meanwhile, the municipality Zhengzhou has offered a unique way to deal with "
        "debtors; when a call is made to their phone, a “shaming announcement” will be heard by "
        "those who dialled.",
        caveat=_(
            "Partly right. Courts in Henan, around Zhengzhou, did this in 2017, but it was not "
            "unique: a court in Jiangsu did the same that summer."
        ),
    ),
    Quote(
        id="claim.merics",
        seed=S000,
        text="According to a report by the Mercator Institute for China Studies “these "
        "punishments offer unprecedented possibilities to surveil and steer the behaviour.”",
        caveat=_(
            "Cut short. The report goes on: “the behavior of natural and legal persons”, that "
            "is, of companies as well as people."
        ),
    ),
    # Rubbish.
    Quote(
        id="claim.recycling_loans",
        seed=S000,
        text="In one local government pilot, users who recycled their rubbish well were given "
        "better access to bank loans.",
        caveat=_(
            "Partly right. The documented rule (Zhejiang, 2018) records bad sorting in credit "
            "files, which can hurt loan chances; the reward it promises is not specified."
        ),
    ),
    # Companies' scores.
    Quote(
        id="claim.ant_does_not_own",
        seed=S001,
        text="Last update 24.01.19 at 11:20 GMT: Ant Financial does not own the Sesame Credit system.",
        caveat=_(
            "Probably garbled. Sesame Credit is a business unit of Ant Financial; the correction "
            "this copies most likely said that Alibaba does not own it, but the original was not seen."
        ),
    ),
    Quote(
        id="claim.sesame_of_ant",
        seed=S004,
        text="Sesame Credit, a subsidiary of Alibaba affiliate company Ant Financial Services Group (AFSG)",
    ),
    Quote(
        id="claim.big_up_economy",
        seed=S002,
        text="Interpersonal relationships — who your friends are and what you say on social "
        "media — those who ‘big up the Chinese economy’ get a higher score, for example.",
        caveat=_(
            "Not supported. Sesame told the BBC in 2015 that social media posts do not affect its scores."
        ),
    ),
    Quote(
        id="claim.qq_scs",
        seed=S004,
        text="Local media has reported that the SCS is already available via the Tencent’s QQ "
        "chat app. An individual can see their score which is in a range between 300 and 850.",
        caveat=_(
            "The range is right, but this was Tencent's own private score, tested briefly; it "
            "was never the government's system."
        ),
    ),
    Quote(
        id="claim.wechat_users",
        seed=S004,
        text="Rapid Finance through the popular messaging app “WeChat” which has over 850 "
        "million users and Sesame Credit via the AliPay payment service.",
        caveat=_(
            "Out of date: reports in 2017 gave about 900 to 980 million monthly users. WeChat "
            "belongs to Tencent, not to China Rapid Finance."
        ),
    ),
    Quote(
        id="claim.rapid_finance_partner",
        seed=S004,
        text="several large private companies that include China Rapid Finance, which is a "
        "partner of social network giant Tencent",
        caveat=_("Not confirmed. No source found links China Rapid Finance, a lender, to Tencent's score."),
    ),
    Quote(
        id="claim.eight_companies",
        seed=S000,
        text="So far, eight companies and over 30 municipalities have been given the green light "
        "for pilot testing of social credit systems.",
    ),
    # Framing.
    Quote(
        id="claim.global_standard",
        seed=S001,
        text="China’s social credit system will not be the first in the world, but it is a step "
        "towards making it a global standard.",
        caveat=_(
            "Garbled. The Wired UK original says the system is not a world first but that, when "
            "complete, it will be unique."
        ),
    ),
    Quote(
        id="claim.roam_under_heaven",
        seed=S004,
        text="The government also says the SCS will “allow the trustworthy to roam everywhere "
        "under heaven while making it hard for the discredited to take a single step.”",
        caveat=_(
            "The words are widely quoted as official, but which document they come from was not "
            "confirmed. They describe a system, not a score."
        ),
    ),
    Quote(
        id="claim.rural_pilots",
        seed=S001,
        text="She says that some of the early pilots of the new social credit system, which "
        "preceded the 2014 major policy plan, were actually creating a rural social credit system.",
    ),
    Quote(
        id="claim.shanghai_records",
        seed=S002,
        text="In Shanghai, jaywalking, traffic violations, refusing to visit elderly parents, not "
        "sorting out garbage into the appropriate bins or dodging train fares could all be "
        "recorded on social credit files.",
        caveat=_("Partly confirmed. No source found shows that skipping visits to parents is recorded."),
    ),
)

REFERENCES: tuple[Reference, ...] = (
    Reference(
        id="nextshark-2017-jaywalkers",
        title="Chinese City Shames Jaywalkers by Displaying Their Face On a Huge Screen",
        outlet="NextShark",
        date="2017-04",
        url="http://nextshark.com/shenzhen-shames-jaywalkers-robocop-at-crossroads",
    ),
    Reference(
        id="chinadaily-2017-debtor-ringtones",
        title="Customized ringing tones shame debtors into paying up",
        outlet="China Daily (citing Zhengzhou Evening News)",
        date="2017-06-30",
        url="http://healinghandsltd.com/a/201706/30/WS59bbf30ea310ded8ac18f18f.html",
        caveat=_("Read through a mirror of the China Daily article."),
    ),
    Reference(
        id="globaltimes-2017-debtor-calls",
        title="Court names, shames debtors with phone messages",
        outlet="Global Times",
        date="2017-07-25",
        url="http://www.globaltimes.cn/content/1057987.shtml",
    ),
    Reference(
        id="globaltimes-2019-travel-bans",
        title="More than 6,000 Chinese banned from taking trains, planes in H2 2018: report",
        outlet="Global Times",
        date="2019-01-13",
        url="https://www.globaltimes.cn/content/1135584.shtml",
    ),
    Reference(
        id="merics-2017-central-planning",
        title=(
            "Central Planning, Local Experiments: The complex implementation of China's Social Credit System"
        ),
        outlet="Mercator Institute for China Studies (MERICS)",
        author="Mareike Ohlberg, Shazeda Ahmed, Bertram Lang",
        date="2017-12-12",
        url="https://www.merics.org/en/report/central-planning-local-experiments",
    ),
    Reference(
        id="wired-2019-west-got-it-wrong",
        title="How the West Got China's Social Credit System Wrong",
        outlet="Wired",
        author="Louise Matsakis",
        date="2019",
        url="https://peopleandtech.org/how-the-west-got-chinas-social-credit-system-wrong",
        caveat=_(
            "Read through a copy. It notes the line is widely quoted as official; the document it "
            "comes from was not found."
        ),
    ),
    Reference(
        id="clt-2019-demonstration-city",
        title="What is a social credit demonstration city?",
        outlet="China Law Translate",
        date="2019 (after 12 August)",
        url="https://www.chinalawtranslate.com/en/what-is-a-social-credit-demonstration-city/",
    ),
    Reference(
        id="chinadaily-2015-sesame-unit",
        title="China Daily (Canada edition), report on Sesame Credit",
        outlet="China Daily (Canada edition), via PressReader",
        date="2015-07-17",
        url="http://www.pressreader.com/china/china-daily-canada/20150717/281852937254052",
        caveat=_("Read on PressReader; the headline was not recorded."),
    ),
)
