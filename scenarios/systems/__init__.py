"""Every pilot system the exhibit models, in the order the screen shows them.

One explicit registry: no auto-discovery, no import-time side effects. Adding a
system is a checklist in CONTRIBUTING.md.
"""

from scenarios.engine import PilotSystem
from scenarios.systems import court_list, rongcheng, sesame

SYSTEMS: dict[str, PilotSystem] = {
    system.id: system for system in (rongcheng.SYSTEM, sesame.SYSTEM, court_list.SYSTEM)
}
