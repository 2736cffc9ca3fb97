"""Every system the exhibit models, in the order the screen shows them.

One explicit registry: no auto-discovery, no import-time side effects. Adding a
system is a checklist in CONTRIBUTING.md. The three of the first walkthrough come
first; then city schemes, national lists and records, private scores, systems aimed
at businesses, claims and context, and the comparisons from outside China.
"""

from scenarios.engine import AnySystem
from scenarios.systems import (
    air_rail_list,
    caac_airlines,
    court_list,
    debtor_calls,
    experian,
    garbage_credit,
    honest_shanghai,
    jaywalk_display,
    joint_punishment,
    nosedive,
    pboc_credit_report,
    peer_rating,
    platform_ratings,
    rongcheng,
    sesame,
    suining_2010,
    surveillance,
    tencent_credit,
    tourism_list,
    unified_code,
)

SYSTEMS: dict[str, AnySystem] = {
    system.id: system
    for system in (
        rongcheng.SYSTEM,
        sesame.SYSTEM,
        court_list.SYSTEM,
        suining_2010.SYSTEM,
        honest_shanghai.SYSTEM,
        jaywalk_display.SYSTEM,
        garbage_credit.SYSTEM,
        tourism_list.SYSTEM,
        air_rail_list.SYSTEM,
        debtor_calls.SYSTEM,
        joint_punishment.SYSTEM,
        pboc_credit_report.SYSTEM,
        tencent_credit.SYSTEM,
        unified_code.SYSTEM,
        caac_airlines.SYSTEM,
        peer_rating.SYSTEM,
        surveillance.SYSTEM,
        experian.SYSTEM,
        platform_ratings.SYSTEM,
        nosedive.SYSTEM,
    )
}
