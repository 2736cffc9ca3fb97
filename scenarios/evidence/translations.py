"""The exhibit's own translations of the quotes, by language and quote id.

The quotes themselves stay verbatim English (the quote check reads only `QUOTES`); a page
in another language shows the original and, beside it, this translation labelled as the
exhibit's, never as the source's words.
"""

from scenarios.evidence.quotes_zh import QUOTES_ZH

QUOTE_TRANSLATIONS: dict[str, dict[str, str]] = {"zh-hans": QUOTES_ZH}
