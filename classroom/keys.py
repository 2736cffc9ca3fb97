"""Join codes, the teacher's secret, students' tokens and nicknames: random, never derived.

Secrets are kept only as their SHA-256: a copy of the database opens no dashboard and
names no student's cookie.
"""

import hashlib
import secrets

# A-H, J-N, P-Z and 2-9: no I, O, 0 or 1 to misread on a projector.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
SECRET_BYTES = 24  # 192 bits for the dashboard's address (at least 128 asked)
TOKEN_BYTES = 24

ADJECTIVES = (
    "amber",
    "brave",
    "bright",
    "calm",
    "clever",
    "coral",
    "curious",
    "eager",
    "gentle",
    "golden",
    "happy",
    "honest",
    "jolly",
    "kind",
    "lively",
    "lucky",
    "merry",
    "mild",
    "misty",
    "nimble",
    "patient",
    "plucky",
    "proud",
    "quick",
    "quiet",
    "rapid",
    "royal",
    "rustic",
    "silver",
    "sunny",
    "swift",
    "tidy",
    "topaz",
    "upbeat",
    "velvet",
    "vivid",
    "warm",
    "wise",
    "witty",
    "zesty",
)
ANIMALS = (
    "badger",
    "bison",
    "crane",
    "dolphin",
    "eagle",
    "egret",
    "falcon",
    "ferret",
    "finch",
    "fox",
    "gecko",
    "gibbon",
    "heron",
    "ibis",
    "jackal",
    "koala",
    "lemur",
    "lynx",
    "magpie",
    "marten",
    "mole",
    "newt",
    "otter",
    "owl",
    "panda",
    "pelican",
    "puffin",
    "quail",
    "rabbit",
    "robin",
    "salmon",
    "seal",
    "sparrow",
    "stork",
    "swan",
    "tapir",
    "tiger",
    "turtle",
    "walrus",
    "yak",
)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def new_secret() -> str:
    return secrets.token_urlsafe(SECRET_BYTES)


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def new_nickname() -> str:
    return f"{secrets.choice(ADJECTIVES)} {secrets.choice(ANIMALS)}"


def normal_code(typed: str) -> str:
    """What a student typed, as a code: upper case, spaces and dashes dropped."""
    return "".join(ch for ch in typed.upper() if ch not in " -")[:20]


def looks_like_code(code: str) -> bool:
    return len(code) == CODE_LENGTH and all(ch in CODE_ALPHABET for ch in code)
