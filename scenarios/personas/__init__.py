"""Every persona, by the slug its URLs use. Each one is fictional and says so."""

from scenarios.personas.claire_dawson import CLAIRE_DAWSON
from scenarios.personas.gao_ming import GAO_MING
from scenarios.personas.li_jing import LI_JING
from scenarios.personas.lin_xiaoyan import LIN_XIAOYAN
from scenarios.personas.lu_chen import LU_CHEN
from scenarios.personas.shen_lan import SHEN_LAN
from scenarios.personas.zhang_wei import ZHANG_WEI
from scenarios.storyline import Persona

PERSONAS: dict[str, Persona] = {
    persona.slug: persona
    for persona in (GAO_MING, LI_JING, ZHANG_WEI, LU_CHEN, SHEN_LAN, LIN_XIAOYAN, CLAIRE_DAWSON)
}
