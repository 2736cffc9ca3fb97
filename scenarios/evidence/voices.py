"""Perspective quotes: the stated aims, the critics and the researchers in between, in their words.

Each is copied character for character from a seed, like every quote; `scenarios.perspectives`
says whose side each one speaks for and which systems it bears on.
"""

from scenarios.evidence.types import S000, S001, S003, S004, Quote, Reference

QUOTES: tuple[Quote, ...] = (
    Quote(
        id="voice.improve_society",
        seed=S000,
        text=(
            "Beijing believes that once firmly in place the system will improve society as a "
            "whole, addressing problems ranging from food security to lack of access to "
            "financial services."
        ),
        speaker="The Chinese government, as SBS News reports its view",
    ),
    Quote(
        id="voice.trust_building",
        seed=S001,
        text="The Chinese government says it’s all about trust building.",
        speaker="The Chinese government, as the source text reports it",
    ),
    Quote(
        id="voice.trust_not_rewarded",
        seed=S001,
        text=(
            "In the 2014 document, the government outlines its plans. It notes that "
            "trust-keeping is not sufficiently rewarded and therefore the costs of breaking it "
            "tend to be low."
        ),
        speaker="The 2014 planning outline, as the source text summarises it",
    ),
    Quote(
        id="voice.cass_morality",
        seed=S003,
        text=(
            "\"When people's behaviour isn't bound by their morality, a system must be used to "
            'restrict their actions". - Explanation of the Chinese Academy of Social Sciences'
        ),
        speaker="Chinese Academy of Social Sciences",
    ),
    Quote(
        id="voice.wang_shuqin_ready",
        seed=S003,
        text=(
            'Professor Wang Shuqin is working on the system and claims that the "mechanism for '
            'establishing financial creditworthiness, is ready to be put into practice" and that '
            '"doing business in China without it is too risky".'
        ),
        speaker="Professor Wang Shuqin, who works on the system",
    ),
    Quote(
        id="voice.sesame_consent",
        seed=S001,
        text="Sesame Credit claims that this can only be done with consent from the user.",
        speaker="Sesame Credit, as the source text reports its claim",
    ),
    Quote(
        id="voice.murong_survive",
        seed=S000,
        text=("“This system can eliminate a person's ability to survive without putting them in prison,”"),
        speaker="Murong Xuecun, writer and critic of Chinese censorship",
    ),
    Quote(
        id="voice.rights_groups",
        seed=S000,
        text=(
            "Rights groups and dissidents say China’s proposed system will simply enhance its "
            "ability to silence opposing voices and trample on human rights."
        ),
        speaker="Rights groups and dissidents, as SBS News reports them",
    ),
    Quote(
        id="voice.hrw_all_people",
        seed=S003,
        text=(
            '"There is currently intensive surveillance of sensitive groups, such as dissidents, '
            "but the social credit system is\u00a0on another level. This is an effort of surveillance "
            'of all people".'
        ),
        speaker="A spokesperson of Human Rights Watch China",
    ),
    Quote(
        id="voice.hoffman_state_power",
        seed=S001,
        text=(
            "She says that if solving problems was the ultimate goal of the CCP, social credit "
            "would not be necessary. “China’s social-credit system is a state-driven program "
            "that’s designed to accomplish one thing: to expand and uphold the power of the "
            "Chinese Communist Party.”"
        ),
        speaker="Samantha Hoffman (the source text names her only as Hoffman)",
    ),
    Quote(
        id="voice.liu_hu_stuck",
        seed=S001,
        text=(
            "It’s scary because there is nothing you can do. No one can help you. You’re stuck in the middle."
        ),
        speaker="Liu Hu, a Chinese journalist who writes about government corruption and censorship",
    ),
    Quote(
        id="voice.ohlberg_linked_up",
        seed=S001,
        text=(
            "She says that it is troubling when these private systems are linked up with the "
            "government rankings. This is already happening with pilots."
        ),
        speaker="Mareike Ohlberg, Mercator Institute for China Studies",
    ),
    Quote(
        id="voice.ohlberg_abuse",
        seed=S001,
        text=(
            "Ohlberg points out that there is the possibility of abuse of power and the knock-on "
            "consequences of statewide surveillance. There are also the chances of inaccurate "
            "data."
        ),
        speaker="Mareike Ohlberg, Mercator Institute for China Studies",
    ),
    Quote(
        id="voice.lal_police_state",
        seed=S004,
        text=(
            "“China’s proposed social score is an absolute reaffirmation of China continuing to "
            "push forward to be a complete police state."
        ),
        speaker="Anurag Lal, former Director of the U.S. National Broadband Task Force",
    ),
    Quote(
        id="voice.natkin_objectives",
        seed=S000,
        text=(
            "“One of the objectives is regulatory, to incentivise behaviour and improve "
            "accountability.\u00a0The other is to streamline various processes and make them more "
            "secure, particularly for consumers."
        ),
        speaker="Mark Natkin, of the China-based consultancy Marbridge Consulting",
    ),
    Quote(
        id="voice.natkin_framework",
        seed=S000,
        text=(
            "In a country as large and complex as China, there’s a real value in having a "
            "framework which supplements the legal system.”"
        ),
        speaker="Mark Natkin, of the China-based consultancy Marbridge Consulting",
    ),
    Quote(
        id="voice.zeng_in_between",
        seed=S001,
        text=(
            "Zeng believes that reality lies somewhere in between government claims and Western "
            "media’s descriptions of dystopias filled with horror. She described the progress "
            "made so far as “very much like a babystep.”"
        ),
        speaker="Jing Zeng, a researcher at the University of Zurich",
    ),
    Quote(
        id="voice.ohlberg_in_between",
        seed=S001,
        text=(
            "She says, “It’s somewhere in between the people that say the media coverage was "
            "inaccurate and that it’s not so terrible and the people seeing this huge dystopia.” "
            "“You need to find the space in between where you can explain it is scary even "
            "though it’s not as it’s being portrayed.”"
        ),
        speaker="Mareike Ohlberg, Mercator Institute for China Studies",
    ),
    Quote(
        id="voice.lagerkvist_tricky",
        seed=S003,
        text=(
            'Lagerkvist wonders whether\u00a0the system can\u00a0be achieved. "Implementation may prove '
            'tricky, due to agency turf wars and the reluctance of companies to fully comply".'
        ),
        speaker="Lagerkvist, a Chinese Internet specialist at the Swedish Institute of International Affairs",
    ),
    Quote(
        id="voice.ramli_experiment",
        seed=S000,
        text=(
            "“In many ways these pilots are a genuine experiment to see how much people will "
            "bear and how effective certain measures are."
        ),
        speaker="David Ramli, Bloomberg China Technology correspondent",
    ),
    Quote(
        id="voice.zeng_food_safety",
        seed=S001,
        text=(
            "Zeng said that this could include product quality and food safety, which are major "
            "problems in China. She says, “It’s an enormous problem in Chinese society.”"
        ),
        speaker="Jing Zeng, a researcher at the University of Zurich",
    ),
    Quote(
        id="voice.creemers_symbiotic",
        seed=S003,
        text=(
            "Creemers is convinced however, that Chinese Internet giants like Alibaba will "
            'cooperate with the government, stating that "these companies are in a symbiotic '
            'relationship with the government".'
        ),
        speaker="Rogier Creemers, Oxford University",
    ),
)

REFERENCES: tuple[Reference, ...] = ()
