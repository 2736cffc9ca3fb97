""" "You are scored": a visitor's answers become a profile and a year of events.

Nothing about the visitor's identity is asked and nothing is stored: the answers are
the whole state, carried in the URL. Each answer either sets a fact of the profile
(where you live, which apps you use) or adds events to the year. Then every system
scores the year exactly as it scores a persona. The result opens with what the year
cost (`losses`) and what nobody saw (`unseen`), says what an answer means where you
live (`scope_notes`), and counts how much of it rests on the exhibit's own assumptions.
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from scenarios.engine import (
    Business,
    BusinessKind,
    Channel,
    Consequence,
    ConsequenceKind,
    Event,
    EventKind,
    Profile,
)
from scenarios.i18n import _
from scenarios.provenance import Provenance, weakest
from scenarios.replay import Frame, Walk, every_system
from scenarios.storyline import Beat, Persona, Step
from scenarios.systems import SYSTEMS

SLUG = "you"
DEBT_YUAN = 4000  # illustrative, like every sum in a story
LOAN_YUAN = 2000


class InvalidAnswers(ValueError):
    """Answers missing, unknown or left over: the URL was cut short or typed by hand."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Option:
    id: str
    label: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Question:
    id: str
    text: str
    options: tuple[Option, ...]
    note: str = ""  # why the question matters, shown under it


def _options(*pairs: tuple[str, str]) -> tuple[Option, ...]:
    return tuple(Option(id=oid, label=label) for oid, label in pairs)


QUESTIONS: tuple[Question, ...] = (
    Question(
        id="home",
        text=_("Where do you live?"),
        options=_options(
            ("rongcheng", _("Rongcheng, a small city in Shandong")),
            ("shanghai", _("Shanghai")),
            ("hangzhou", _("Hangzhou, in Zhejiang")),
            ("shenzhen", _("Shenzhen, in Guangdong")),
            ("zhengzhou", _("Zhengzhou, in Henan")),
            ("leeds", _("Leeds, in the United Kingdom")),
        ),
        note=_("Many systems belong to one city or province."),
    ),
    Question(
        id="pay",
        text=_("How do you pay for most things?"),
        options=_options(
            ("sesame", _("Alipay, with Sesame Credit switched on")),
            ("alipay", _("Alipay, with Sesame Credit left off")),
            ("tencent", _("WeChat Pay, and you joined Tencent's credit test")),
            ("cash", _("Mostly cash")),
        ),
        note=_("The company scores count only what passes through their own apps."),
    ),
    Question(
        id="app",
        text=_("Your city offers a credit app that gives discounts for a good rating. Do you sign up?"),
        options=_options(("yes", _("Yes, for the discounts")), ("no", _("No"))),
        note=_("Only Shanghai's app, Honest Shanghai, is in the sources. It is opt-in."),
    ),
    Question(
        id="business",
        text=_("Do you run a business?"),
        options=_options(
            ("no", _("No, I work for someone else")), ("restaurant", _("Yes, a small restaurant"))
        ),
    ),
    Question(
        id="evenings",
        text=_("How do you spend most evenings in January?"),
        options=_options(
            ("games", _("Playing online games, about ten hours a day")),
            ("class", _("At an evening class, paid in cash")),
            ("volunteer", _("Volunteering at a community centre")),
        ),
    ),
    Question(
        id="money",
        text=_("Money is tight one month. What happens?"),
        options=_options(
            ("on-time", _("You still pay every bill on time")),
            ("miss", _("You miss two repayments on a bank loan")),
        ),
    ),
    Question(
        id="crossing",
        text=_("You are late, and the light at a camera crossing is red."),
        options=_options(("wait", _("You wait for green")), ("cross", _("You cross anyway"))),
    ),
    Question(
        id="court",
        text=_(
            "A court orders you to pay in a dispute you think is unfair. You have the money. What do you do?"
        ),
        options=_options(
            ("pay", _("Pay, though you think it unfair")),
            ("appeal", _("Appeal to a higher court")),
            ("refuse", _("Refuse to pay")),
        ),
    ),
    Question(
        id="rubbish",
        text=_("What do you do with your rubbish?"),
        options=_options(("sort", _("Sort it into the right bins")), ("one-bin", _("Put it all in one bin"))),
    ),
    Question(
        id="flight",
        text=_("Your holiday flight is delayed for hours, and the crew ask everyone to sit down."),
        options=_options(
            ("calm", _("You sit down and wait")), ("shout", _("You shout at the crew and refuse"))
        ),
    ),
    Question(
        id="trip",
        text=_("At the end of the year you travel to see family. How?"),
        options=_options(("fly", _("By plane")), ("train", _("By high-speed train"))),
    ),
)
BY_ID = {question.id: question for question in QUESTIONS}

CITIES = {
    "rongcheng": ("Rongcheng", "China"),
    "shanghai": ("Shanghai", "China"),
    "hangzhou": ("Hangzhou", "China"),
    "shenzhen": ("Shenzhen", "China"),
    "zhengzhou": ("Zhengzhou", "China"),
    "leeds": ("Leeds", "United Kingdom"),
}
# Records that reach China's lists only when the act happens in China: a flight from
# Britain is not sold against China's passenger lists, a British crew's report does not
# reach them, and a restaurant in Leeds is registered and taxed in Britain. Someone living
# outside China leaves these records somewhere the exhibit does not model (`scope_notes`).
IN_CHINA_ONLY = frozenset(
    {
        Channel.AIRLINE_BOOKING,
        Channel.RAIL_BOOKING,
        Channel.CABIN_CREW_REPORT,
        Channel.TOURISM_AUTHORITY,
        Channel.MARKET_REGULATOR,
        Channel.TAX_AUTHORITY,
    }
)
NOWHERE = frozenset({Channel.NONE})
PAY_CHANNEL = {
    "sesame": Channel.ALIPAY,
    "alipay": Channel.ALIPAY,
    "tencent": Channel.WECHAT_PAY,
    "cash": Channel.NONE,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Moment:
    """One thing that happens in the visitor's year, with what the screen says about it."""

    title: str
    text: str
    event: Event


def parse(values: dict[str, str]) -> tuple[str, ...]:
    """The answers in question order, from a mapping of question id to option id."""
    answers = []
    for question in QUESTIONS:
        answer = values.get(question.id, "")
        if answer not in {option.id for option in question.options}:
            raise InvalidAnswers(question.id)
        answers.append(answer)
    return tuple(answers)


def query(answers: tuple[str, ...]) -> str:
    """The answers as a URL query, in question order: all a result's URL holds."""
    return "&".join(f"{q.id}={a}" for q, a in zip(QUESTIONS, answers, strict=True))


def profile_for(answers: tuple[str, ...]) -> Profile:
    chosen = dict(zip((q.id for q in QUESTIONS), answers, strict=True))
    city, country = CITIES[chosen["home"]]
    opted_in = {"sesame"} if chosen["pay"] == "sesame" else set()
    if chosen["pay"] == "tencent":
        opted_in.add("tencent_credit")
    if chosen["app"] == "yes":
        opted_in.add("honest_shanghai")
    business = Business(name=_("your restaurant"), kind=BusinessKind.RESTAURANT)
    return Profile(
        home_city=city,
        years_resident=5,
        age=30,
        opted_in=frozenset(opted_in),
        country=country,
        business=business if chosen["business"] == "restaurant" else None,
    )


def moments_for(answers: tuple[str, ...]) -> tuple[Moment, ...]:
    """The visitor's year, month by month, from the answers."""
    chosen = dict(zip((q.id for q in QUESTIONS), answers, strict=True))
    city, country = CITIES[chosen["home"]]
    paid_with = PAY_CHANNEL[chosen["pay"]]

    def at(when: str, kind: EventKind, *channels: Channel, amount: int = 0) -> Event:
        kept = frozenset(channels) if country == "China" else frozenset(channels) - IN_CHINA_ONLY
        return Event(kind=kind, city=city, when=when, channels=kept or NOWHERE, amount_yuan=amount)

    found: list[Moment] = []
    evenings = chosen["evenings"]
    if evenings == "games":
        found.append(
            Moment(
                title=_("Evenings of games"),
                text=_(
                    "You play online games about ten hours a day, and pay for them as you pay "
                    "for most things."
                ),
                event=at("2018-01", EventKind.GAMES_TEN_HOURS_A_DAY, paid_with),
            )
        )
    elif evenings == "class":
        found.append(
            Moment(
                title=_("An evening class"),
                text=_("You take an evening class and pay in cash."),
                event=at("2018-01", EventKind.TAKES_EVENING_CLASS, Channel.NONE),
            )
        )
    else:
        found.append(
            Moment(
                title=_("Volunteering"),
                text=_("You volunteer at a community centre, signed in on the city's volunteer register."),
                event=at("2018-01", EventKind.VOLUNTEERS, Channel.CITY_VOLUNTEER_REGISTER),
            )
        )
    if chosen["money"] == "on-time":
        found.append(
            Moment(
                title=_("Bills paid on time"),
                text=_("Money is tight, but you pay every bill on time."),
                event=at("2018-02", EventKind.PAYS_BILLS_ON_TIME, paid_with, Channel.BANK),
            )
        )
    else:
        found.append(
            Moment(
                title=_("Two missed repayments"),
                text=_("Money is tight, and you miss two repayments on a small bank loan."),
                event=at("2018-02", EventKind.MISSES_LOAN_REPAYMENT, Channel.BANK, amount=LOAN_YUAN),
            )
        )
    if chosen["crossing"] == "cross":
        found.append(
            Moment(
                title=_("Across on red"),
                text=_("You cross on a red light. The camera at the crossing records your face.")
                if country == "China"
                else _("You cross on a red light, in front of the camera."),
                event=at(
                    "2018-03", EventKind.JAYWALKS_AT_CAMERA, Channel.FACE_CAMERA, Channel.TRAFFIC_POLICE
                ),
            )
        )
    if chosen["business"] == "restaurant":
        found.append(
            Moment(
                title=_("Your restaurant is registered"),
                text=_("You register your small restaurant with the market regulator.")
                if country == "China"
                else _("You register your small restaurant in Britain."),
                event=at("2018-04", EventKind.REGISTERS_BUSINESS, Channel.MARKET_REGULATOR),
            )
        )
        found.append(
            Moment(
                title=_("Taxes on time"),
                text=_("Your restaurant files and pays its taxes on time."),
                event=at("2018-04", EventKind.PAYS_TAXES_ON_TIME, Channel.TAX_AUTHORITY),
            )
        )
    found.append(
        Moment(
            title=_("A court orders you to pay"),
            text=_("You lose a dispute in court and are ordered to pay. You think the ruling is unfair."),
            event=at("2018-05", EventKind.COURT_ORDERS_PAYMENT, Channel.COURT, amount=DEBT_YUAN),
        )
    )
    court = {
        "pay": Moment(
            title=_("You pay"),
            text=_("You pay what the court ordered, though you think it unfair."),
            event=at("2018-06", EventKind.PAYS_COURT_ORDER, Channel.COURT, amount=DEBT_YUAN),
        ),
        "appeal": Moment(
            title=_("You appeal"),
            text=_("You appeal to a higher court. While it hears the case, nobody asks for the money."),
            event=at("2018-06", EventKind.APPEALS_JUDGMENT, Channel.COURT),
        ),
        "refuse": Moment(
            title=_("You refuse to pay"),
            text=_("The deadline passes. You have the money but send nothing."),
            event=at("2018-06", EventKind.IGNORES_COURT_ORDER, Channel.COURT),
        ),
    }
    found.append(court[chosen["court"]])
    sorted_ = chosen["rubbish"] == "sort"
    found.append(
        Moment(
            title=_("Sorted rubbish") if sorted_ else _("Rubbish in one bin"),
            text=_("You sort your rubbish into the right bins, and an inspector notes it.")
            if sorted_
            else _("You put all your rubbish in one bin, and an inspector notes it."),
            event=at(
                "2018-07",
                EventKind.SORTS_GARBAGE if sorted_ else EventKind.LEAVES_GARBAGE_UNSORTED,
                Channel.SANITATION_INSPECTOR,
            ),
        )
    )
    found.append(
        Moment(
            title=_("Booking a holiday flight"),
            text=_("You book a plane ticket for a summer holiday."),
            event=at("2018-08", EventKind.BOOKS_FLIGHT, Channel.AIRLINE_BOOKING),
        )
    )
    if chosen["flight"] == "shout":
        found.append(
            Moment(
                title=_("Trouble on the plane"),
                text=_(
                    "The flight is delayed for hours. You shout at the crew and refuse to sit. "
                    "They report you."
                ),
                event=at(
                    "2018-08",
                    EventKind.CAUSES_TROUBLE_ON_FLIGHT,
                    Channel.CABIN_CREW_REPORT,
                    Channel.TOURISM_AUTHORITY,
                ),
            )
        )
    by_plane = chosen["trip"] == "fly"
    found.append(
        Moment(
            title=_("Home for the holidays"),
            text=_("At the end of the year you book a plane ticket to see family.")
            if by_plane
            else _("At the end of the year you book a high-speed train ticket to see family."),
            event=at("2018-12", EventKind.BOOKS_FLIGHT, Channel.AIRLINE_BOOKING)
            if by_plane
            else at("2018-12", EventKind.BOOKS_FAST_TRAIN, Channel.RAIL_BOOKING),
        )
    )
    return tuple(found)


YOU_QUESTIONS = (
    _("Which of your answers did no system see at all? Which did several see?"),
    _(
        "Where you live changed which systems could see you. Is it fair that the same act "
        "counts in one city and not in another?"
    ),
    _(
        "Much of your result rests on the exhibit's own assumptions. What would you need to know "
        "before trusting a score like this? Would you ask the same of a credit score or an "
        "app rating where you live?"
    ),
)


@lru_cache(maxsize=256)
def score(answers: tuple[str, ...]) -> Walk:
    """Every system scores the visitor's year, as `replay` does for a persona."""
    if len(answers) != len(QUESTIONS):
        raise InvalidAnswers("expected one answer per question")
    parse({q.id: a for q, a in zip(QUESTIONS, answers, strict=True)})
    profile = profile_for(answers)
    moments = moments_for(answers)
    steps = tuple(
        Step(id=f"moment-{n}", when=m.event.when, title=m.title, beat=Beat(text=m.text, event=m.event))
        for n, m in enumerate(moments, start=1)
    )
    you = Persona(
        slug=SLUG,
        name=_("You"),
        name_zh="",
        tagline=_("A simulation built from your answers, and nothing else."),
        introduction=_("No name, no account and nothing stored: only the answers in the address bar."),
        profile=profile,
        steps=steps,
        questions=YOU_QUESTIONS,
    )
    standings = {sid: system.start(profile) for sid, system in SYSTEMS.items()}
    start, frames = dict(standings), []
    for number, step in enumerate(steps, start=1):
        results = every_system(standings, step.beat.event, profile)
        standings = {result.system_id: result.after for result in results}
        frames.append(Frame(number=number, step=step, beat=step.beat, answers_before=(), results=results))
    return Walk(persona=you, answers=answers, start=start, frames=tuple(frames), complete=True)


@dataclass(frozen=True, slots=True, kw_only=True)
class Assumptions:
    """How many of the number changes in a result rest on each kind of evidence."""

    counts: dict[Provenance, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def illustrative(self) -> int:
        return self.counts.get(Provenance.ASSUMPTION, 0)


def assumptions(walk: Walk) -> Assumptions:
    """Count every number that moved a standing, by its provenance."""
    counted: Counter[Provenance] = Counter(
        rule.change.provenance
        for frame in walk.frames
        for result in frame.results
        for rule in result.fired
        if rule.change is not None
    )
    return Assumptions(counts=dict(counted))


# Consequences that say the same thing in two systems' words: shown as one loss.
SAME_LOSS = {
    "court_list.flight_refused": "fly",
    "air_rail_list.flight_refused": "fly",
    "court_list.no_flights": "fly",
    "air_rail_list.no_flights": "fly",
    "court_list.train_refused": "fast-train",
    "court_list.no_fast_trains": "fast-train",
}
REFUSED = frozenset({"court_list.flight_refused", "air_rail_list.flight_refused", "court_list.train_refused"})
HEADLINES = {
    # (key, refused at a counter): the loss in plain words
    ("fly", True): _("Your plane ticket was refused"),
    ("fly", False): _("You may not buy plane tickets"),
    ("fast-train", True): _("Your high-speed train ticket was refused"),
    ("fast-train", False): _("You may not ride high-speed trains"),
}
SEVERITY = (ConsequenceKind.BAN, ConsequenceKind.COST, ConsequenceKind.WARNING, ConsequenceKind.PERK)


@dataclass(frozen=True, slots=True, kw_only=True)
class Loss:
    """One thing the year cost or brought, told once, with every system that says it."""

    key: str  # the same key in every place, to compare places
    headline: str
    kind: ConsequenceKind
    refused: bool  # it happened at a counter: a ticket refused, not only a rule held
    when: str  # the month it was first met
    moment: str  # the title of the moment it was first met at
    consequences: tuple[Consequence, ...]
    system_ids: tuple[str, ...]

    @property
    def provenance(self) -> Provenance:
        return weakest(*(c.provenance for c in self.consequences))

    @property
    def barred(self) -> bool:
        """What you could no longer do, or had to pay: a ban or a cost."""
        return self.kind in (ConsequenceKind.BAN, ConsequenceKind.COST)


def losses(walk: Walk) -> tuple[Loss, ...]:
    """Every consequence met, once each, grouped by meaning, most serious first.

    A ticket refused at a counter comes before the rule that refused it; then bans,
    costs, warnings and perks, each in the order first met.
    """
    found: dict[str, list[tuple[Consequence, Frame]]] = {}
    for frame in walk.frames:
        for consequence in frame.met:
            key = SAME_LOSS.get(consequence.id, consequence.id)
            group = found.setdefault(key, [])
            if all(c.id != consequence.id for c, _frame in group):
                group.append((consequence, frame))
    made = []
    for key, group in found.items():
        refused = any(c.id in REFUSED for c, _frame in group)
        first = next((pair for pair in group if pair[0].id in REFUSED), group[0])
        kind = min((c.kind for c, _frame in group), key=SEVERITY.index)
        made.append(
            Loss(
                key=key,
                headline=HEADLINES.get((key, refused), first[0].label),
                kind=kind,
                refused=refused,
                when=first[1].step.when,
                moment=first[1].title,
                consequences=tuple(c for c, _frame in group),
                system_ids=tuple(dict.fromkeys(c.system_id for c, _frame in group)),
            )
        )
    order = {id(loss): n for n, loss in enumerate(made)}
    return tuple(
        sorted(made, key=lambda loss: (not loss.refused, SEVERITY.index(loss.kind), order[id(loss)]))
    )


def unseen(walk: Walk) -> tuple[Frame, ...]:
    """The moments of the year that no system saw."""
    return tuple(frame for frame in walk.frames if not any(r.visibility.seen for r in frame.results))


def seen_by(walk: Walk) -> tuple[str, ...]:
    """The systems that saw at least one moment, in the registry's order."""
    seen = {r.system_id for frame in walk.frames for r in frame.results if r.visibility.seen}
    return tuple(sid for sid in SYSTEMS if sid in seen)


@dataclass(frozen=True, slots=True, kw_only=True)
class ScopeNote:
    """What the record says an answer means where you live, when it differs from China."""

    question_id: str
    text: str


Chosen = dict[str, str]


def _abroad(chosen: Chosen) -> bool:
    return CITIES[chosen["home"]][1] != "China"


# (question, when the note applies, what the record says): in the order shown.
SCOPE_RULES: tuple[tuple[str, Callable[[Chosen], bool], str], ...] = (
    (
        "app",
        lambda c: c["app"] == "yes" and CITIES[c["home"]][0] != "Shanghai",
        _(
            "The sources know one city credit app, Honest Shanghai, and it is only for "
            "people living in Shanghai. Signing up changes nothing where you live."
        ),
    ),
    (
        "pay",
        lambda c: _abroad(c) and c["pay"] in ("sesame", "tencent"),
        _(
            "Sesame Credit and Tencent's credit test are Chinese companies' scores for "
            "people using their apps. The sources do not say whether someone living in "
            "Britain could switch them on; the result shows them as if you could."
        ),
    ),
    (
        "money",
        lambda c: _abroad(c) and c["money"] == "miss",
        _(
            "A missed repayment in Britain goes on a British credit file (Experian and "
            "other brokers), not on the credit report of China's central bank."
        ),
    ),
    (
        "court",
        _abroad,
        _(
            "A court in Britain cannot put you on China's list of people who do not pay what "
            "a court orders: only China's courts keep that list, and the bans that come with "
            "it do not exist in Britain. A British court judgment left unpaid is a matter for "
            "the British credit file (a County Court Judgment), which the exhibit's sources "
            "do not describe, so nothing here records it."
        ),
    ),
    (
        "trip",
        _abroad,
        _(
            "China's air and rail passenger lists cover flights and trains in China. Your "
            "flights and trains leave from Britain: they are not sold against China's lists, "
            "and a British crew's report does not reach them. The sources do not say what a "
            "British airline does, so nothing here records it."
        ),
    ),
    (
        "business",
        lambda c: _abroad(c) and c["business"] == "restaurant",
        _(
            "China's business credit code is given to organisations registered in China. "
            "A restaurant in Britain is registered and taxed there, which the exhibit "
            "does not model."
        ),
    ),
)


def scope_notes(answers: tuple[str, ...]) -> tuple[ScopeNote, ...]:
    """Where an answer does not fit the place, say so instead of applying a rule."""
    chosen = dict(zip((q.id for q in QUESTIONS), answers, strict=True))
    return tuple(
        ScopeNote(question_id=qid, text=text) for qid, applies, text in SCOPE_RULES if applies(chosen)
    )
