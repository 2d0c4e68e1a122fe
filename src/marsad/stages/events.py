"""Stage "events": PLOVER events with actors, place, date, modality and evidence.

1. Triggers (resources/triggers.tsv, all 16 PLOVER types) are found on word
   starts, clitics allowed, with their mode and contexts.
2. A nested trigger ("الاتفاق على إرسال ...") is the content of the outer one,
   not an event of its own.
3. Modality from cues around the trigger (resources/modality.tsv): negated,
   conditional ("لن تقبل ... إلا إذا"), future, hypothetical; a question is
   hypothetical. An event inside a statement is `attributed_to` its speaker.
4. Actors: for a verb, the subject after it (Arabic is verb-first) or the one
   before it; for a noun, the name in construct after it; the target after
   مع / إلى / على / ضد / بين. Pronoun and dropped subjects take the sentence's
   or the statement's subject. Unnamed actors with a nationality ("مستشارين
   عسكريين قطريين", "وزير الخارجية الألماني") are coded from role and adjective.
5. Place: a place in the sentence, else the dateline; date: a date expression in
   the sentence, else the publication date.
6. The same event told twice (same type, actors and date, or the same content)
   is one event with several `mentions`.
7. A detection model (models/detect-*.json), when present for a type, confirms
   that a sentence reports an event of that type (history, opinions and titles
   mention events without reporting them).
"""
from __future__ import annotations

import itertools
import json
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from ..article import Article
from ..errors import ConfigError, ResourceError
from ..calendar import months
from ..kb import PSEUDO_COUNTRIES, SECTORS, is_definite as _definite, kb, strip_article
from ..lexicon import check_enum, load
from ..memo import lookup_all, remember
from ..models import word_frequencies
from ..outlets import find_outlet
from ..pipeline import stage
from ..places import dominant_country, gazetteer
from ..settings import Settings
from ..text.normalize import DIACRITICS, TATWEEL, fold, normalize, spelt
from ..text.patterns import alternation
from ..text.tokens import split_clitics, tokenize
from .actors import _NOMINAL_ROLES, _is_counterpart, _person_nouns
from .dates import feast_day, is_weekday
from .entities import _CLOSE_Q, _OPEN_Q, _QUOTES, _trim_start, adjective_place_counts
from .quotes import _cue_limits, _cue_of, _participles, _passive_form as _passive  # قُتل, وقُتلوا, يُقتل, اُختطف

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# the general contexts of the PLOVER manual (chapter "Event, Mode, and Context")
CONTEXTS = frozenset({
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
    "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
    "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
    "misinformation", "crime", "corruption", "illegal_drugs", "trafficking"})
_ENDINGS = ("", "ه", "ات", "ين", "ون", "وا", "ت", "ا", "تين", "ان", "تان", "هم", "ها",
            "ته", "تهم", "تها", "وه", "وهم", "وها")  # (and a verb's object pronoun after its subject's ending: قتلته)
# a word in ة whose ة is written ت before a pronoun (زيارته، مشاركتها، قمتهم)
_TA_PRONOUNS = ("ته", "تها", "تهم", "تهما")
_TA_ENDINGS = ("ات", "تين", "تان", "ت") + _TA_PRONOUNS
_USES = ("target-prep", "near", "particle", "subject-pronoun", "feminine-pronoun", "dual-role", "two-sides",
         "accident", "object-mode", "complementizer", "cause", "locative", "direction", "attribution", "result",
         "partitive", "past-verb", "no-object", "demonstrative", "series", "harm", "light-verb", "sport", "undergo",
         "affiliation", "clause-break", "aiming", "gathering", "domain", "topic", "resumption", "message", "peace", "prayed-to",
         "theophoric", "celebration", "quantifier", "enabling", "right", "relative", "craft", "remains",
         "supporter-before", "supporting", "state-word", "deputy-title", "coming", "purpose-body", "patronage", "holding",
         "impersonal", "receiving", "press-noun", "aside", "agentless", "managing", "announcing", "support-given", "continuing", "manner", "guise", "practice", "name-after", "homograph",
         "reference", "titled", "errand", "discussing", "ward", "occasion", "festival", "fighting",
         "pilgrims", "guests", "first-person", "projectile", "release", "released-thing", "blessing",
         "farewelled", "player-figure", "resuming", "gathering-word", "refraining", "forgetting", "copula", "signing",
         "stopping", "form", "topic-prep", "preventing", "natural-disaster", "when", "territory",
         "bordering", "place-subject", "likeness", "state", "held-later", "honorific", "binding", "use",
         "constituting", "among-them", "harm-noun", "harm-undergone", "fire", "dead", "accord-name", "honorific-pronoun", "toward", "seat", "confronting", "travelling", "engaged", "gunfire", "linking", "while", "attack-anaphor", "accompanying", "permitting", "death", "traffic", "in-it", "mishap", "installation", "carrier", "feature", "posted", "media", "conduct", "force-name", "medical", "masculine-country", "plural-title", "describing", "place-aside", "strike-craft", "crowd-count", "receiving-host", "mourners", "not-li", "representing", "received-thing", "speech", "time-span", "others", "telling", "adverb", "attributing", "campaign", "deciding", "vehicle", "presence", "rank", "time-adjective", "platform", "launching", "approximately", "county-word", "suspecting", "active-only", "breach", "premises", "origin", "his-country", "directive", "figurative", "making-it", "same", "charging", "negation", "open-before", "kingdom-name", "aim-on", "consenting", "thanking", "searched-for", "own-name", "disclosing", "resolution", "endangered", "took-place", "law",
         "consequence", "demanding-hal", "aboard", "comes-as", "blaming", "responsibility", "whoever", "whoever-before", "separate", "arrival-noun", "remaining", "struck-thing", "denying", "opposing",
         "represented-by", "comment", "side-of", "held-by", "telling-of", "masculine", "reason", "involvement",
         "went-to-meet", "affirming", "quarter-head", "office-head", "shelling", "settlement", "side-phrase",
         "assassination", "bombarding", "that", "despite", "document", "released", "department", "evidence", "front",
         "province", "site", "pledge", "model-of", "envoy", "beside", "armed-adjective", "while-noun", "one-of",
         "being-first", "attributed", "it-is", "relations", "clash-noun", "sources-noun", "investigated-behind", "residing", "working", "kin", "many-of", "amid", "working-on", "which-is", "epithet", "in-addition", "victims-of", "efforts", "cancelling", "calamity", "masculine-group", "receiving-aid", "on-occasion", "phase", "attempt", "referral")


def check_types(types, where: str) -> list[str]:
    """`types`, each a PLOVER event type; a ConfigError naming `where` otherwise."""
    bad = [t for t in types if t not in TYPES]
    if bad:
        raise ConfigError(f"{where}: not PLOVER event types: {', '.join(map(str, bad))}")
    return list(types)


def _event_words() -> dict[str, dict[str, str]]:
    """The closed word classes of the rules (resources/event_words.tsv): use -> {folded word: value}."""
    out: dict[str, dict[str, str]] = {u: {} for u in _USES}
    for row in load("event_words.tsv", ("word", "use")):
        use = check_enum(row, "use", set(_USES))
        out[use][fold(row["word"])] = check_enum(row, "value", {"actors", "countries"}) \
            if use == "two-sides" else row.get("value")
    return out


_WORDS = _event_words()
_TARGET_PREPS = _WORDS["target-prep"]   # word -> with | to | on | against | between | at
_NEAR = frozenset(_WORDS["near"])
_FIRE = frozenset(_WORDS["fire"])
_DEAD = frozenset(_WORDS["dead"])
_ACCORD_NAMES = frozenset(_WORDS["accord-name"])
_SEATS = frozenset(_WORDS["seat"])
_SITES = frozenset(_WORDS["site"])
_PLEDGES = frozenset(_WORDS["pledge"])
_CONFRONTING = frozenset(_WORDS["confronting"])
_HONORIFIC_PRONOUNS = frozenset(_WORDS["honorific-pronoun"])
_PARTICLES = frozenset(_WORDS["particle"])
_PRONOUN_SUBJECT = frozenset(_WORDS["subject-pronoun"])
_FEMININE_PRON = frozenset(_WORDS["feminine-pronoun"])
_DUAL_ROLES = tuple(_WORDS["dual-role"])
_TWO_SIDES = _WORDS["two-sides"]         # noun -> actors | countries
_OBJECT_MODES = _WORDS["object-mode"]    # noun -> PLOVER mode
_COMPLEMENTIZERS = frozenset(_WORDS["complementizer"])
_THAT_FORMS = frozenset(_WORDS["that"])
_DEPARTMENTS = frozenset(_WORDS["department"])
_EVIDENCE = frozenset(_WORDS["evidence"])
_FRONTS = frozenset(_WORDS["front"])
_DESPITE = frozenset(_WORDS["despite"])  # (على الرغم من، رغم، برغم: "despite" what follows, which is so)
_DOCUMENTS = frozenset(_WORDS["document"])
_RELEASED = tuple(_WORDS["released"])
_PROVINCES = frozenset(_WORDS["province"])
_CAUSES = frozenset(_WORDS["cause"])
_WHEN = frozenset(_WORDS["when"])  # words of time that open a clause, no adjective (حين هاجم مستوطنون)
_SIGNING = tuple(_WORDS["signing"])  # وقعت الحكومتان اتفاقية الشراكة: one made
_COPULAS = frozenset(_WORDS["copula"])  # هي اتفاقية إقليمية: a description
_LIKENESS = frozenset(_WORDS["likeness"])  # بمثابة تنازل: what something amounts to
_BINDING = frozenset(_WORDS["binding"])  # تربط البلدين علاقات أخوة وتعاون: ties described
_AMONG_THEM = frozenset(_WORDS["among-them"])  # قتلوا، من بينهم شرطي: of the dead named before
_CONSTITUTING = frozenset(_WORDS["constituting"])  # يشكل تهديدا: what something is
_USE = frozenset(_WORDS["use"])  # تستخدم في دعم المطار: what a thing is used in
_STATES = frozenset(_WORDS["state"])  # في حالة تأهب: a state, not "in case"
_IN_CASE = (fold("في"), fold("حالة"))
_REFRAINING = frozenset(_WORDS["refraining"])  # لن تتوانى عن: no negation
_FORGETTING = frozenset(_WORDS["forgetting"])  # لن ينسوا الدعم: no negation, what was done
_RESUMING = frozenset(_WORDS["resuming"])  # إعادة فرض: the verbal noun of a verb trigger
_STOPPING = frozenset(_WORDS["stopping"])  # تعليق دعمها: the cue before is the stopping's
_PREVENTING = frozenset(_WORDS["preventing"])  # ومنع المتظاهرون: those who prevent, not a prevented event
_FORMS = frozenset(_WORDS["form"])  # تعبئة الاستمارة والتوقيع عليها: a notice's step
_CAUSE_WORDS = _CAUSES - {fold(w) for w in ("في", "خلال", "بعد")}  # the words that say "because of" only
_CAUSES_OR_WHEN = _CAUSE_WORDS | _WHEN  # (قتلوا ... بعدما اجتاحت عاصفة، جراء السيول)
_ALREADY = frozenset({"وقد", "فقد"})  # a clause of its own
_QUOTES = frozenset("«»“”\"'")
_ACCIDENTS = tuple(_WORDS["accident"])
_NATURAL_DISASTERS = tuple(_WORDS["natural-disaster"])
_LOCATIVE = frozenset(_WORDS["locative"])
_DIRECTIONS = frozenset(_WORDS["direction"])
_TOWARD = frozenset(_WORDS["toward"])  # نحو، باتجاه: where one goes
_LINKING = frozenset(_WORDS["linking"])  # الرابط بين: a road or a line between places
_TRAVELLING = frozenset(_WORDS["travelling"])  # السفر، التوجه: إلى after it says where
_ENGAGED = frozenset(_WORDS["engaged"])  # قيام، أداء: what the victims were doing
_WHILE = frozenset(_WORDS["while"])  # أثناء، خلال
_ACCOMPANYING = frozenset(_WORDS["accompanying"])  # يرافقه، برفقة
_IN_IT = frozenset(_WORDS["in-it"])  # فيه، خلالها: what is said in a call, done during a visit
_PERMITTING = frozenset(_WORDS["permitting"])  # سمح، السماح
_TRAFFIC = frozenset(strip_article(w) for w in _WORDS["traffic"])  # حادث سير، حادث مروري
_MISHAPS = frozenset(_WORDS["mishap"])  # حادث، حوادث
_DEATHS = frozenset(_WORDS["death"])  # مصرعه، حتفهم: a death met
_WENT_TO_MEET = frozenset(_WORDS["went-to-meet"])  # توجهت إلى باريس لإجراء محادثات: the purpose carried out
_QUARTER_HEADS = frozenset(_WORDS["quarter-head"])  # ضاحية السيدة زينب: a quarter named after a saint
_AREA_HEADS = frozenset(w for w, v in _WORDS["quarter-head"].items() if v == "body")  # منطقة الشرطة (not مناطق)
_OFFICE_HEADS = frozenset(_WORDS["office-head"])  # مدير الإدارة العامة: a title no role row names alone
_SHELLING = _WORDS["shelling"]  # a word by a bombardment that tells its weapon: guns | air
_SETTLEMENTS = frozenset(_WORDS["settlement"])  # مدينة، قرية: a place struck is hit, no one beaten
_NOT_STATE_ARMED = frozenset({"REB", "UAF", "PRM", "OPP"})  # armed forces no state fields, with no air force
_SIDE = frozenset(w for w, v in _WORDS["side-phrase"].items() if v == "side")  # من جهة ... من جهة أخرى
_OTHER_SIDE = frozenset(w for w, v in _WORDS["side-phrase"].items() if v == "other")
_ASSASSINATING = frozenset(_WORDS["assassination"])  # اغتيال: a targeted killing by whatever weapon
_BOMBARDING = tuple(_WORDS["bombarding"])  # قصف: a bombardment, whose weapon the words near it tell
_DECLARED_MODES = ("martial-law", "curfew")  # whoever declares a state of emergency or a curfew imposes it
_DEATH_TRIGGERS = frozenset(fold(w) for w in ("قتل", "قتلى", "قتيل", "مقتل", "مصرع"))  # a death told, no attack
_INSTALLATIONS = frozenset(strip_article(w) for w in _WORDS["installation"])  # ثكنة، قاعدة عسكرية
_TERRITORY = frozenset(_WORDS["territory"])  # الأراضي السورية, بلدة تركية: a country's land
_COMPASS = frozenset(w for w, v in _WORDS["direction"].items() if v == "compass")
_ATTRIBUTION = frozenset(_WORDS["attribution"])
_RESULTS = frozenset(_WORDS["result"])
_PARTITIVE = frozenset(_WORDS["partitive"])
_PAST_VERBS = frozenset(_WORDS["past-verb"])
_NO_OBJECT = frozenset(_WORDS["no-object"])
_DEMONSTRATIVES = frozenset(_WORDS["demonstrative"])
_SERIES = frozenset(_WORDS["series"])
_HARM = tuple(_WORDS["harm"])
_HARM_NOUNS = tuple(_WORDS["harm-noun"])
_HARM_UNDERGONE = tuple(_WORDS["harm-undergone"])
_LIGHT_VERBS = frozenset(_WORDS["light-verb"])
_MANAGING = frozenset(_WORDS["managing"])
_WORKING_ON = frozenset(_WORDS["working-on"])  # عملت المملكة على دعم: managing behind على
_ANNOUNCING = frozenset(_WORDS["announcing"])
_SUPPORT_GIVEN = frozenset(_WORDS["support-given"])
_CONTINUING = frozenset(_WORDS["continuing"])
_CONSENTING = frozenset(_WORDS["consenting"])  # وافقت تركيا على التعاون: who consents does it
_THANKING = frozenset(_WORDS["thanking"])  # الشكر للشيخ ... على دعمه: whom one thanks did it
_SECURITY = frozenset({"GOV", "COP", "MIL", "SPY", "JUD"})  # the state's bodies that arrest
_FORCES = frozenset({"COP", "MIL", "SPY"})
_RECEIVING = frozenset(_WORDS["receiving"])
_PRESS_NOUNS = frozenset(w for w, v in _WORDS["press-noun"].items() if v != "adjective")
_PRESS_ADJECTIVES = frozenset(w for w, v in _WORDS["press-noun"].items() if v == "adjective")
_ASIDES = frozenset(_WORDS["aside"])
_DONE = frozenset(_WORDS["agentless"])
_GUISE = frozenset(_WORDS["guise"])
_BORDERING = frozenset(_WORDS["bordering"])  # المحاذية لأفغانستان: a landmark, no party
_PLACE_SUBJECT = frozenset(_WORDS["place-subject"])  # القتال الذي تشهده اليمن: where, not who
_PRACTICES = frozenset(_WORDS["practice"])
_NAME_AFTER = frozenset(_WORDS["name-after"])  # اللقاء الديمقراطي: a body's name
_NO_EVENT = frozenset(_WORDS["manner"]) | frozenset(_WORDS["homograph"])  # as written, never a trigger
_CLAIMS = frozenset(w for w, v in _WORDS["light-verb"].items() if v == "attack")  # of attacks only
_BEGINNING = frozenset(w for w, v in _WORDS["light-verb"].items() if v == "begin")  # بدأ، بدأت
_DIRECTING = frozenset(w for w, v in _WORDS["light-verb"].items() if v == "directing")  # وجه، وجهت
_RAISING = frozenset(w for w, v in _WORDS["light-verb"].items() if v == "mobilize")  # of mobilizations only
_SPORT = frozenset(_WORDS["sport"])
_SPORT_ARTICLE = 3  # words of sport that make a whole article one about sport
_UNDERGO = tuple(_WORDS["undergo"])
_AFFILIATION = frozenset(_WORDS["affiliation"])
_OPPOSING = frozenset(_WORDS["opposing"])  # participles of opposing (المناهضة لتنظيم داعش)
_BACKING_OR_OPPOSING = _AFFILIATION | _OPPOSING
_CLAUSE_BREAKS = frozenset(_WORDS["clause-break"])
_WHICH_IS = frozenset(_WORDS["which-is"])
_VICTIMS_OF = frozenset(_WORDS["victims-of"])  # (راح ضحيتها): another event's dead
_EFFORTS = tuple(_WORDS["efforts"])  # (جهود، دور): the start of a noun of efforts
_CANCELLING = frozenset(_WORDS["cancelling"])  # (إلغاء): cancelling
_CALAMITY = frozenset(_WORDS["calamity"])  # (تفشي، انهيار، كارثة): what is threatened that no one does
_IN_ADDITION = frozenset(_WORDS["in-addition"])  # اضافة الى X: X on the side of those named before
_EPITHETS = frozenset(_WORDS["epithet"])  # التنظيم الإرهابي: a word of the kind of body, no other body  # وهو ما، الأمر الذي: what came of it, a clause of its own
_AIMING = frozenset(_WORDS["aiming"])
_RECEIVING_AID = frozenset(_WORDS["receiving-aid"])  # (الدعم الذي يحظى به): received
_HOLDINGS = frozenset(_WORDS["holding"])
_MASCULINE_COUNTRIES = frozenset(_WORDS["masculine-country"])
_MASCULINE_GROUPS = frozenset(_WORDS["masculine-group"])  # المجتمع الدولي: no subject of a verb of hers
_PLURAL_TITLES = frozenset(_WORDS["plural-title"])
_OTHERS = frozenset(_WORDS["others"])
_TELLING = frozenset(_WORDS["telling"])
_ATTRIBUTING = frozenset(_WORDS["attributing"])
_ATTRIBUTED = frozenset(_WORDS["attributed"])
_CAMPAIGNS = frozenset(_WORDS["campaign"])
_DECIDING = frozenset(_WORDS["deciding"])
_VEHICLES = frozenset(_WORDS["vehicle"])
_PRESENCE = frozenset(_WORDS["presence"])
_RANK_WORDS = frozenset(_WORDS["rank"])
_WHEN_ADJECTIVES = frozenset(_WORDS["time-adjective"])
_PLATFORMS = frozenset(_WORDS["platform"])  # فيسبوك: where one writes, no party
_APPROXIMATELY = frozenset(_WORDS["approximately"])  # نحو 500 شخص
_COUNTY_BEFORE = frozenset(_WORDS["county-word"])  # شرطة مقاطعة هامبشاير: a county's police
_SUSPECTED = tuple(_WORDS["suspecting"])  # "يشتبه أنه ينتمي": suspected of belonging
_INVOLVEMENT = tuple(_WORDS["involvement"])  # "للاشتباه في ضلوعه في القتل": what one is suspected of
_LAUNCHING = frozenset(_WORDS["launching"])  # إطلاق ... قذائف: an attack by who is in construct
_PROJECTILES = frozenset(_WORDS["projectile"])
_FIRE_NOUNS = frozenset(strip_article(w) for w in _WORDS["fire"]) | {fold("نار")}  # إطلاق مسلحين النار
_ADVERBS = frozenset(_WORDS["adverb"])
_VISITING = frozenset(fold(w) for w in ("زار", "زارت", "زارا", "زاروا", "يزور", "تزور", "يزوران", "يزورون", "سيزور",
                                        "ستزور"))  # the verb of visiting itself (not استقبل: who receives)
_DESCRIBING = frozenset(_WORDS["describing"])
_PLACE_ASIDE = frozenset(_WORDS["place-aside"])
_IT_IS = frozenset(_WORDS["it-is"])
_RELATIONS = frozenset(_WORDS["relations"])
_CLASH_NOUNS = frozenset(_WORDS["clash-noun"])
_WORKING = frozenset(_WORDS["working"])
_KIN = frozenset(_WORDS["kin"])
_MANY_OF = frozenset(_WORDS["many-of"])  # (وبقي كثير من المتظاهرين)
# a word of "amid" or "unlike" -> the word it stands behind, if any (في ظل، على عكس)
_AMID = {w: fold(v or "") for w, v in _WORDS["amid"].items()}  # (أحد أقرباء الرئيس السوري بشار الأسد)  # (إيطاليين يعملون في شركة بوناتي)
_RESIDING = frozenset(_WORDS["residing"])  # (اللاجئين المقيمين في قواعد قوات حفظ السلام)
_INVESTIGATED_BEHIND = frozenset(_WORDS["investigated-behind"])  # (تحقيقا مع المالكي)
_SOURCES_NOUNS = frozenset(_WORDS["sources-noun"])  # (، استغربت مصادر نيابية)  # (المواجهات أسفرت عن إصابة ... من الحوثيين و7 من المقاومة)  # (في العلاقات ... بين حلفاء كابل وحكومة كرزاي)  # (في مدينة اللاذقية وهي معقل الأسد)
_STRIKE_CRAFT = frozenset(_WORDS["strike-craft"])
_ALSO_OR_WHO = frozenset(fold(w) for w in ("أيضا", "أيضاً", "الذي", "التي", "الذين"))  # (واتهم تشافيز الذي ...)
_TO_THEM = frozenset(("له", "لها", "لهم", "لهما"))  # (the accused as a pronoun: لاتهام النيابة لهم بإنشاء)
_ASKING = frozenset(fold(w) for w in ("طلب", "طلبت", "يطلب", "تطلب", "طلبوا", "يطلبون"))
_COMES = frozenset(fold(w) for w in ("يأتي", "تأتي", "جاء", "جاءت"))  # (يأتي ذلك: "this comes as ...")
_IMPERSONAL = frozenset(_WORDS["impersonal"])
_GATHERING = tuple(_WORDS["gathering"])
_GATHERING_WORDS = frozenset(_WORDS["gathering-word"])  # جاب, سار: as written
_DOMAIN = frozenset(_WORDS["domain"])
_WEAPON_MODES = frozenset({"explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "firearms"})
_CARRIERS = frozenset(_WORDS["carrier"])  # ناقلة جنود: a vehicle, no soldiers acting
_FEATURES = frozenset(_WORDS["feature"])  # بحيرة تشاد: a lake, not the country
_POSTED_AT = frozenset(_WORDS["posted"])  # لدى البحرين: where an envoy is posted
_WHILE_NOUNS = frozenset(_WORDS["while-noun"])  # في الوقت الذي
_ONE_OF = frozenset(_WORDS["one-of"])  # من بين الدول التي
_REFUSED_DOING = frozenset({"COERCE", "CONSULT", "AID", "AGREE", "COOPERATE", "SANCTION"})  # acts one refuses to do
_BESIDE = frozenset(_WORDS["beside"])  # بجوار
_ARMED_ADJECTIVE = frozenset(_WORDS["armed-adjective"])  # هجوم مسلح
_ENVOYS = frozenset(_WORDS["envoy"])  # المندوب الدائم لروسيا لدى
_MEDIA = frozenset(_WORDS["media"])  # قناة القدس: an outlet named after a place
_FORCE_NAMES = frozenset(_WORDS["force-name"])  # الصاعقة: special forces, not lightning
_CONDUCT = frozenset(_WORDS["conduct"])  # انتقد سياسة الحكومة: the government's policy is aimed at
_MEDICAL = tuple(_WORDS["medical"])  # حالة الطوارئ في المستشفيات، في المطار: a hospitals' or an airport's alert
_TOPIC = frozenset(_WORDS["topic"])
_TOPIC_WORDS = frozenset(_WORDS["topic-prep"])  # حول، بشأن، بخصوص: what talks are about
_FA_QAD = frozenset(_WORDS["resumption"])
_MESSAGES = frozenset(_WORDS["message"])
_PEACE = frozenset(_WORDS["peace"])
_PRAYED_TO = frozenset(_WORDS["prayed-to"])
_THEOPHORIC = frozenset(_WORDS["theophoric"])
_CELEBRATION = frozenset(_WORDS["celebration"])
_QUANTIFIERS = frozenset(_WORDS["quantifier"])
_ALL_OF = frozenset(fold(w) for w in ("جميع", "كافة", "كل"))  # of the quantifiers, those of all
_ENABLING = frozenset(_WORDS["enabling"])
_RIGHTS = frozenset(_WORDS["right"])
_RELATIVES = frozenset(_WORDS["relative"])
_DEMONSTRATIVE_THAT = fold("ذلك")  # دعا ذلك: "that" prompted
_REASONS = frozenset(_WORDS["reason"])  # الأسباب التي دعت: reasons prompt, call on no one
_REMAINS_STEMS = frozenset(w[:4] for w in _WORDS["remains"])
_RECEIVING_HOST = frozenset(_WORDS["receiving-host"])
_MOURNERS = frozenset(_WORDS["mourners"])  # who offer condolences
_RECEIVED_THINGS = frozenset(_WORDS["received-thing"])  # طلبات، لاجئين: received, no guests
_SPEECH = frozenset(_WORDS["speech"])  # تصريحات، مقابلة، خطبه: an attack in them is of words
_AFTERMATH = frozenset(fold(w) for w in ("أعقاب", "اعقاب", "غداة", "عشية"))  # في أعقاب، غداة
_IN_THE_WAKE = frozenset(fold(w) for w in ("إثر", "اثر", "عقب", "وإثر", "واثر", "وعقب"))  # as written: right after
# what "it is that, in ..." frames (أنه في حال، أنه في ضوء، أنه في ظل، أنه في إطار، أنه في بعض الأحيان)
_FRAMES = frozenset(fold(w) for w in ("حال", "حالة", "ضوء", "ظل", "إطار", "اطار", "بعض", "سياق", "مقابل", "نهاية",
                                      "بداية", "حين", "الوقت", "وقت"))
# "the organisation", "the movement": the armed body named before (تنظيم داعش، حركة الشباب)
_ANAPHORIC_BODIES = frozenset(fold(w) for w in ("التنظيم", "الحركة", "الجماعة", "المقاومة"))
_ONLY = frozenset(fold(w) for w in ("فقط", "فحسب"))  # "ليس فقط": "not only", no negation
_IN_HIS_TURN = frozenset(fold(w) for w in ("بدوره", "بدورها", "بدورهم", "بدورهما"))  # "in his turn"
_IN_TURN = _IN_HIS_TURN | {fold("بشدة")}  # "in turn", "strongly": no charge
_NUMBERS_OF = frozenset(fold(w) for w in ("أعداد", "اعداد", "الأعداد", "الاعداد"))  # "numbers of" people
_REACHING = frozenset(fold(w) for w in ("طالت", "طال", "تطال", "يطال", "طالتهم", "طالته", "طالتها"))  # reached
_CALLING_ON = frozenset(fold(w) for w in ("داعيا", "داعياً", "داعية", "داعين", "مطالبا", "مطالباً", "مطالبين",
                                         "مناشدا", "مناشداً", "حاثا", "حاثاً"))  # participles of calling on someone
_CHAMBER_WORDS = frozenset(fold(w) for w in ("مجلس", "مجلسي"))  # a chamber, named by its members after it
_PRAISING_STEMS = tuple(fold(w) for w in ("رحب", "أشاد"))  # (the same, as the start of a word)
_PRAISING = frozenset(fold(w) for w in ("رحب*", "أشاد*"))  # the triggers of praise and welcome, as triggers.tsv lists them
_HIS_SIDE = frozenset(fold(w) for w in ("جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم", "ناحيته", "ناحيتها",
                                        "ناحيتهم"))  # "من جهته": for his part
_REPRESENTING = frozenset(_WORDS["representing"])  # مندوب، ممثل: one who represents a state or a body
_CRAFT = frozenset(_WORDS["craft"]) | frozenset(_WORDS["remains"])
_CRAFT_STEMS = frozenset(w[:4] for w in _CRAFT)  # (and their duals: طائرتان)
_SUPPORTER_BEFORE = frozenset(_WORDS["supporter-before"])
_AIM_ON = frozenset(_WORDS["aim-on"])  # تعمل على مساعدة: helping is the aim, its genitive helped
_SUPPORTING = frozenset(_WORDS["supporting"])
_STATE_WORDS = frozenset(_WORDS["state-word"])
_DEPUTY_TITLES = frozenset(_WORDS["deputy-title"])
_COMING = frozenset(_WORDS["coming"])
_PURPOSE_BODIES = frozenset(_WORDS["purpose-body"])
_AFFAIRS = frozenset(fold(w) for w in ("شؤون", "شئون"))  # دائرة شؤون المفاوضات
_PATRONAGE = frozenset(_WORDS["patronage"])
_REFERENCE = frozenset(_WORDS["reference"])
_TITLED = frozenset(_WORDS["titled"])
_BLESSINGS = frozenset(_WORDS["blessing"])
_FAREWELLED = frozenset(_WORDS["farewelled"])
_ERRANDS = frozenset(_WORDS["errand"])
_DISCUSSING = frozenset(_WORDS["discussing"])
_WARD = frozenset(_WORDS["ward"]) | frozenset(_WORDS["remains"])
_FIGHTING = frozenset(_WORDS["fighting"])
_PILGRIMS = frozenset(_WORDS["pilgrims"])
_GUESTS = frozenset(_WORDS["guests"])  # رحب بالوفد: a greeting
_FIRST_PERSON = frozenset(_WORDS["first-person"])  # نحن، علينا: the writer's own voice
_STEM_SEEN = 50  # times the news write a word for it to be the stem of one with the suffix نا
_VERB_SEEN = 15  # times the news write a verb with the prefix of "he" for its form with ن to be "we"
_RELEASED_THINGS = frozenset(_WORDS["released-thing"])  # أفرجت عن معلومات: no prisoner
_PLAYER_FIGURE = frozenset(_WORDS["player-figure"])
_OCCASIONS = frozenset(_WORDS["occasion"])
_ON_OCCASION = frozenset(_WORDS["on-occasion"])  # بمناسبة: the occasion, with parties of its own
_PHASES = frozenset(_WORDS["phase"])  # في نهاية اللقاء: the start or end of a meeting told before
_ATTEMPTS = frozenset(_WORDS["attempt"])  # في محاولة، بهدف: what a meeting was for
_REFERRALS = frozenset(_WORDS["referral"])  # وبإحالته إلى المحكمة: where one is sent
_FESTIVALS = frozenset(_WORDS["festival"])
# types whose event noun can be what talks are about, not yet done (فرض عقوبات، تعزيز التعاون)
# (not AGREE: an agreement discussed is mostly one made, لبحث الاتفاق النووي الذي أبرم اليوم; nor a
# build-up, which is under way: بحثت المحادثات التحشيد العسكري)
_TOPICAL_TYPES = frozenset({"SANCTION", "COOPERATE", "SUPPORT", "AID", "RETREAT", "CONCEDE"})
_YEAR = re.compile(r"(?:1[89]|20)\d\dم?$")
_PURPOSES = frozenset({"COOPERATE", "AGREE", "SUPPORT", "AID"})  # what a meeting may be held for (لتنسيق)
_STATEMENTS = frozenset({"ACCUSE", "REQUEST", "REJECT"})  # said of an event named after them
_UNSAID_BEFORE = frozenset(fold(w) for w in ("لم", "لا", "ما", "مما", "أن", "ان", "لن", "قد"))  # (ما يفيد)
_NAMED_VERBS = frozenset(fold(w) for w in ("يدعى", "تدعى", "يسمى", "تسمى"))  # "ويدعى ابو محمد": is called
_REGIME = frozenset(fold(w) for w in ("نظام", "حكومة", "قوات"))  # "لنظام بشار الأسد": a man's side
_OFFERING_NOW = frozenset(fold(w) for w in ("يقدم", "تقدم", "يقدمون", "نقدم"))  # light verbs in the present
_SHADDA = "\u0651"
_FAREWELL_SPELT, _FATHA = "ود" + _SHADDA, "\u064e"  # وَدَّع: the doubled dal of bidding farewell (its fatha aside)
_VOTE = (fold("صوت"), fold("أصوات"))
_PURPOSE_LIGHT = frozenset(fold(w) for w in ("لإجراء", "لعقد"))  # a meeting one goes to hold
_AFFAIRS_OF = frozenset(fold(w) for w in ("لشؤون", "لشئون", "للشؤون", "للشئون"))  # وكيل الوزارة لشؤون ...
_MEETINGS = frozenset({"CONSULT", "COOPERATE"})  # types whose two sides meet: a counterpart is the other


@dataclass(frozen=True)
class Trigger:
    words: tuple[str, ...]   # folded; a word ending in "*" is a prefix
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    noun: bool
    not_after: frozenset[str]
    patient: bool = False  # a noun whose complement is acted on: مقتل X, اغتيال X
    finite: bool = False   # a verb written as listed, never with the article or a noun ending
    destination: bool = False  # an event only when the clause names the place it goes to
    needs_object: bool = False  # with the article, an event only when على follows
    needs_actor: bool = False  # an event only with a source or a target
    needs_recipient: bool = False  # an event only when what or who is sent follows
    not_before: frozenset[str] = frozenset()  # words that cancel it right after it
    last_letter: str = ""  # its last word's last letter as written when ة or ه, which folding writes alike
    needs_gathering: bool = False  # those who take part: an event only with a verb of gathering
    alone: bool = False  # an event even when no actor is named (قمة: the summit is what happened)
    not_before_endings: tuple[str, ...] = ()  # endings of a word that cancel it right after it
    undergoer: bool = False  # a verb whose subject undergoes it: استشهد "was killed"
    needs_proposer: bool = False  # an initiative: an event only with a state or peace after it
    follows: frozenset[str] = frozenset()  # an event only with one of these words among the four after it
    welcome: bool = False  # support only when what its بـ names is no guest (رحب بالقرار, not بالوفد)
    follows_reach: int = 4  # how many words after it `follows` looks at


@lru_cache(maxsize=1)
def _triggers() -> tuple[dict[str, list[Trigger]], dict[str, list[Trigger]]]:
    """Triggers indexed by their first word: exact words, and prefixes (by first 3 letters)."""
    exact: dict[str, list[Trigger]] = {}
    prefix: dict[str, list[Trigger]] = {}
    for row in load("triggers.tsv", ("trigger", "type")):
        typ = check_enum(row, "type", set(TYPES))
        role = check_enum(row, "role", {"noun", "verb", "patient", "finite", "undergoer"})
        follows = _follows_class(row)
        needs = None if follows or not row.get("needs") else \
            check_enum(row, "needs", {"destination", "object", "actor", "recipient", "gathering", "alone", "proposal",
                                     "not-guests"})
        words = tuple(fold(w) for w in row["trigger"].split())
        if not words or any(len(w.rstrip("*")) < 2 for w in words):
            raise ResourceError(row.path, f"trigger '{row['trigger']}' is too short", row.line)
        t = Trigger(words, typ, row.get("mode") or None,
                    _contexts(row), role in ("noun", "patient"),
                    frozenset(("=" + fold(w[1:])) if w.startswith("=") else fold(w)
                              for w in row.get("not_after").split("|") if w), role == "patient",
                    role == "finite", needs == "destination", needs == "object", needs == "actor",
                    needs == "recipient",
                    frozenset(fold(w) for w in row.get("not_before").split("|") if w and not w.startswith("-")),
                    row["trigger"][-1:] if row["trigger"].endswith(("ة", "ه")) else "", needs == "gathering",
                    needs == "alone",
                    tuple(fold(w[1:]) for w in row.get("not_before").split("|") if w.startswith("-") and w[1:]),
                    role == "undergoer", needs == "proposal", follows, needs == "not-guests",
                    _follows_reach(row))
        first = words[0]
        if first.endswith("*"):
            prefix.setdefault(first[:3], []).append(t)
        else:
            exact.setdefault(strip_article(first), []).append(t)
    return exact, prefix


def _follows_class(row) -> frozenset[str]:
    """The words of the event_words class a row's "needs" names as "follows:CLASS" (an event
    only with one of them among the four words after the trigger, or "follows:CLASS:N" words);
    none for other needs."""
    need = row.get("needs") or ""
    if not need.startswith("follows:"):
        return frozenset()
    name = need[len("follows:"):].split(":")[0]
    if name not in _WORDS:
        raise ResourceError(row.path, f"'needs' names the class '{name}', which event_words.tsv lacks", row.line)
    return frozenset(_WORDS[name])


def _follows_reach(row) -> int:
    """How many words after the trigger "follows:CLASS:N" looks at (four when N is not given)."""
    parts = (row.get("needs") or "").split(":")
    if len(parts) < 3 or parts[0] != "follows":
        return 4
    if not parts[2].isdigit() or not 1 <= int(parts[2]) <= 12:
        raise ResourceError(row.path, f"'needs' {row.get('needs')}: the reach is not a number from 1 to 12", row.line)
    return int(parts[2])


def _contexts(row) -> tuple[str, ...]:
    """A triggers.tsv row's contexts, each one of PLOVER's."""
    out = tuple(c for c in row.get("context").split("|") if c)
    bad = [c for c in out if c not in CONTEXTS]
    if bad:
        raise ResourceError(row.path, f"'context' has {', '.join(bad)}, not PLOVER contexts", row.line)
    return out


@lru_cache(maxsize=1)
def _agent_cues() -> dict[str, list[tuple[str, ...]]]:
    """Agent cues (resources/agent_cues.tsv) by first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for row in load("agent_cues.tsv", ("cue",)):
        words = tuple(fold(row["cue"]).split())
        if words:
            out.setdefault(words[0], []).append(words)
    return {k: sorted(v, key=len, reverse=True) for k, v in out.items()}


_RESTRAINING = frozenset(fold(w) for w in ("أخذ", "الأخذ"))  # (الأخذ على يد: an idiom of restraining)
_REMAINING = frozenset(_WORDS["remaining"])  # "لا تزال بيد المعارضة": who holds it
_ABOARD = frozenset(_WORDS["aboard"])  # على متن: the craft after it carries
_COMES_AS = frozenset(_WORDS["comes-as"])  # "إعلان حالة الطوارئ جاء بسبب": why the event came
_BLAMING = frozenset(_WORDS["blaming"])  # حمّل: lays the blame
_RESPONSIBILITY = frozenset(_WORDS["responsibility"])  # مسؤولية
_WHOEVER = frozenset(_WORDS["whoever"])  # ممن: "who" before a verb
_WHOEVER_BEFORE = frozenset(_WORDS["whoever-before"])  # أول من، كل من: "who"
_SEPARATE = frozenset(_WORDS["separate"])  # "وفي حادث منفصل": another event
_ARRIVAL_NOUNS = frozenset(_WORDS["arrival-noun"])  # وصول


def _agent_cue_at(words: list[str], k: int) -> int:
    """Length of the agent cue at words[k] ("على يد", "نفذه"), 0 when there is none."""
    w = words[k]
    if k > 0 and _bare(words[k - 1]) in _RESTRAINING:
        return 0  # "الأخذ على أيدي الإرهابيين": to restrain them, not by them
    if k > 0 and w == "بيد" and words[k - 1] in _REMAINING:
        return 0  # "آخر مدينة ... لا تزال بيد المعارضة": who holds it, not who did it
    cues = _agent_cues()
    for first in (w, w[1:] if len(w) > 3 and w[0] in "وف" else None):
        for cue in cues.get(first, ()) if first else ():
            if tuple([first] + words[k + 1:k + len(cue)]) == cue:
                if len(cue) == 1 and k > 0 and words[k - 1] in _PREPOSITIONS and words[k - 1] not in ("من", "علي"):
                    continue  # "دعا المشاركون إلى تبني فكرة الشرطة السياحية": a verb's form behind a preposition is
                    # its noun, adopting, no one's claim
                at = k + len(cue)
                while at < len(words) - 1 and words[at] in _QUOTES:
                    at += 1  # (a name set off in quotation marks: من قبل «ولاية سيناء»)
                after = words[at] if at < len(words) else ""
                if cue[-1] == "قبل" and (not after[:1].isalpha() or after[:1] in "بل" and _bare(after) != after):
                    return 0  # "التقى من قبل بممثلين للحوثيين": "before", no one named after it
                return len(cue)
    return 0


@lru_cache(maxsize=1)
def _modality() -> list[tuple[tuple[str, ...], str, str, bool]]:
    """(cue words, modality, scope, as written): a cue written "=طالب" is matched as written,
    behind و/ف at most, not behind the article (الطالب is a student, or a surname)."""
    out = []
    for row in load("modality.tsv", ("cue", "modality", "scope")):
        mod = check_enum(row, "modality", {"negated", "conditional", "future", "hypothetical"})
        scope = check_enum(row, "scope", {"next", "next-noun", "purpose", "present", "before", "preceding", "complement", "after",
                                          "clause", "sentence", "opening", "charge"})
        cue = row["cue"]
        out.append((tuple(fold(cue.lstrip("=")).split()), mod, scope, cue.startswith("=")))
    return out


@lru_cache(maxsize=1)
def _modality_index() -> dict[str, list[tuple[int, tuple[str, ...], str, str, bool]]]:
    """The cues of `_modality` by their first word, each with its place in the file."""
    out: dict[str, list[tuple[int, tuple[str, ...], str, str, bool]]] = {}
    for n, (cue, mod, scope, as_written) in enumerate(_modality()):
        out.setdefault(cue[0], []).append((n, cue, mod, scope, as_written))
    return out


_BARE: dict[str, str] = {}


def _bare(w: str) -> str:
    """A token without proclitics (و ف ب ل ك ال) for trigger matching; a single
    letter comes off only when the word-frequency table says so (وزارة stays)."""
    hit = _BARE.get(w)
    if hit is None:
        pre, stem, suf = split_clitics(w, word_frequencies())
        hit = stem + suf
        remember(_BARE, w, hit, 200_000)
    return hit


def _short_cue(w: str, cue: str) -> bool:
    """Whether `w`, whose bare form is the short cue `cue`, is that cue behind its clitics (ولم،
    فقد، والسبل، كمن), not a word that only sheds a letter as the future prefix: سلم is no لم,
    سهل no هل."""
    return "س" not in w[:-len(cue)]


_PRESENT = ("سي", "ست", "سن", "ي", "ت", "ن")
_KANA = frozenset(p + w for p in ("", "و", "ف") for w in ("كان", "كانت", "كانوا", "كانا", "كانتا"))


def _present_stems(b: str, tok: str = "") -> list[str]:
    """A verb without its imperfect prefix (يتظاهر, سيتظاهر -> تظاهر); when the word `tok` it
    was taken from has the future prefix, also with the alif its past takes back, for the
    forms that take one (ستعتقل، وسينسحب، سيستهدف، سيلتقي -> اعتقل، انسحب، استهدف، التقى).
    (Not behind the present prefix alone: "تشاد" is no أشاد, and "يتفق الخبراء", "ينتقد
    المسافرون" are mostly what people think, no event.)"""
    stems = [b[len(p):] for p in _PRESENT if b.startswith(p) and len(b) - len(p) >= 3]
    f = tok[1:] if tok[:2] in ("وس", "فس") else tok
    if f[:1] == "س" and len(f) >= 6 and f[1] in "يتن":
        x = f[2:]
        if x[1] == "ت" or x[0] == "ن" or x.startswith("ست"):
            stems.append("ا" + x)
    return stems


def _conj_off(tok: str) -> str | None:
    """A word behind the conjunction و that the clitic splitter left on because the corpus
    has the word too seldom to tell: with an initial alif (واعتصم, وأضرب, واتهموا), or
    commoner without it (وخطفوا), or at least half as common (وناشدت); the word without it, else None.
    Common words keep theirs (وافق, واصل)."""
    if len(tok) > 4 and tok[0] == "و" and _bare(tok) == tok:
        freq = word_frequencies() or {}
        seen = freq.get(tok, 0)
        if (seen < 20 and (tok[1] == "ا" or freq.get(tok[1:], 0) > seen or seen == 0)) \
                or freq.get(tok[1:], 0) * 2 >= seen:
            return tok[1:]  # (and "وخطفوا": خطفوا is the commoner, if rare too; "وشجبت": unseen both)
    return None


_MILITARY_PLURALS = frozenset(fold(w) for w in ("عسكريين", "عسكريون", "طبيين", "أمنيين"))  # مستشارين عسكريين
_SENT_AS_AID = frozenset({"MIL", "REB", "MED", "COP"})  # troops, fighters, medics, police sent are aid; students, envoys, people are not


def _recipient_follows(k, words: list[str], j: int) -> bool:
    """Whether aid, forces or people follow the trigger within four words (أرسلت
    السعودية مساعدات, إرسال مستشارين عسكريين): an aid or deployment noun, or a group of troops,
    fighters, medics or police (not students, an envoy or a people: "أرسل طلاب الأسئلة", "وأرسل الأخير نائبه");
    or people as its object pronoun (وإرسالهم). Not when a message is what is sent (أرسل الرئيس
    أوباما رسائل إلى الحلفاء: the president is its subject)."""
    if words[j - 1].endswith("هم"):
        return True
    clause = list(itertools.takewhile(lambda w: w[:1].isalpha(), words[j:j + 10]))
    if any(_bare(w) in _MESSAGES for w in clause[:4]) or (j > 1 and _bare(words[j - 2]) in _MESSAGES) or (
            any(_bare(w) in _MESSAGES for w in clause) and not any(
                t.noun and t.type in ("AID", "MOBILIZE") for w in clause for t in _starting(w))):
        return False  # (nor when it is the message before its verb: "نشرة أرسلت إلى إدارات الشرطة"; nor past
        # the sender's title: "وأرسل المتحدث باسم حركة طالبان ذبيح الله مجاهد الرسالة بالبريد الالكتروني")
    for w in words[j:j + 4]:
        if not w[:1].isalpha():
            return False
        if _for(w):
            continue  # (who it is sent to: "وإرسالها للشرطة")
        if (k.group_of([w]) or (0, ""))[1] in _SENT_AS_AID or (k.role_of([w]) or (0, ""))[1] in _SENT_AS_AID \
                or strip_article(w) in _MILITARY_PLURALS \
                or any(t.noun and t.type in ("AID", "MOBILIZE") for t in _starting(w)):
            return True
    return False


def _in_context(k, trig: list, words: list[str], sent: list, sent_ents: list[dict]) -> list:
    """The triggers of a sentence less those its words show to tell no event."""
    places_at = {x["start"] for x in sent_ents if x["type"] == "LOC"}
    outlets = [x["start"] for x in sent_ents if _is_outlet(x)]

    def telling(i: int, j: int, t: Trigger) -> bool:
        if t.needs_recipient and not _recipient_follows(k, words, j):
            return False  # "أرسل رسالة" sends no aid: what is sent is aid, forces or people
        if t.type == "AID" and t.noun and not words[j - 1].endswith("ات") and any(
                w in _ENABLING and m + 1 < len(words) and words[m + 1] != "الفور"
                for m, w in enumerate(words[j:j + 3], j)):
            return False  # "مساعدة الأمانات على الارتقاء": helping them do something, no aid
        if t.noun and (i > 0 and words[i - 1] in _RIGHTS or i > 1 and words[i - 1] == "في" and words[i - 2] in _RIGHTS):
            return False  # "حق التظاهر", "ليس له الحق في المطالبة": a right, no event
        if t.mode == "release" and _thing_released(k, words, i, j):
            return False  # "أفرجت حملة كلينتون عن معلومات", "مليارات يورو أفرج عنها الاتحاد": no prisoner
        if t.noun and t.type != "ASSAULT" and i > 0 and words[i - 1] in _VEHICLES and not _definite(words[i]):
            return False  # "استهدف سيارة ترحيلات": a prisoners' van, no deportation
        if t.type == "PROTEST" and t.noun and strip_article(_bare(words[i])).startswith("مسير") \
                and any(strip_article(_bare(w))[:4] in _CRAFT_STEMS for w in words[max(0, i - 3):i]):
            return False  # "طائرة استطلاع أمريكية مسيرة": an unmanned aircraft, no march
        if t.mode in ("arrest", "deport") and t.noun and j < len(words) and strip_article(words[j]) in _RELEASED_THINGS:
            return False  # "تحرير محضر للراكب واحتجاز المضبوطات", "ترحيل المقررات الدراسية": things, no one
        if t.welcome and _greets(k, words, i, j, sent, sent_ents):
            return False  # "ورحب سموه بأعضاء المجلس البلدي", "رحب بالوفد التركي": a greeting
        if t.needs_proposer and not _proposal_follows(k, words, j):
            return False  # "مبادرة بلدية الخبر بزيارة المرضى", "زمام المبادرة" propose nothing
        if t.type == "PROTEST" and any(_bare(w) in _CELEBRATION
                                       for w in words[0 if t.noun and _definite(words[i]) else max(0, i - 3):j + 5]):
            return False  # "نظمت المحافظة مسيرة حاشدة، احتفالاً بافتتاح القناة": a celebration (and the
            # march named again after it: "وتواجد في المسيرة عدد من السائحين")
        if t.mode == "boycott" and t.noun and j < len(sent) and (
                sent[j].start in places_at or _province(words, i, j)):
            return False  # "في مقاطعة موسكو", "قبالة مقاطعة ييلان": a province, before a place's name
        if t.mode == "phone" and j < len(sent) and any(
                sent[j].start <= o <= sent[min(len(sent), j + 3) - 1].end for o in outlets):
            return False  # "أوضح في اتصال هاتفي مع «الشرق الأوسط»": an interview
        if t.type == "REQUEST" and any(
                words[m] in _PRAYED_TO and _bare(words[m - 1]) not in _THEOPHORIC
                for m in range(j, _clause(words, i, j)[1]) if m < j + 10):
            return False  # "ودعت القيادة الله أن يتقبله", "ودعا سموه في اتصال هاتفي المولى": a prayer
            # (not a name: عبد الله، حزب الله)
        if t.type == "REQUEST" and _class_follows(words, j, 10, _BLESSINGS, _bare):
            return False  # "ودعا لسائر الشهداء بالمغفرة": a prayer for them
        if t.type == "REQUEST" and _farewell(words, i, j):
            return False  # "ودعت مقبرة الشرف شهداء المسجد": a farewell, written as "and called"
        return True

    return [x for x in trig if telling(*x)]


def _province(words: list[str], i: int, j: int) -> bool:
    """The boycott noun at words[i:j] is "province": after a word of place (في، قبالة، شمال), or
    before a quotation mark or a name the corpus never writes (بمقاطعة “سانت لويس”، قبالة
    مقاطعة ييلان); not "مقاطعة الانتخابات"."""
    if i > 0 and (words[i - 1] in _LOCATIVE or strip_article(words[i - 1]) in _DIRECTIONS or _bare(words[i - 1]) in _NEAR):
        return True
    nxt = words[j]
    return nxt in _QUOTES or (nxt[:1].isalpha() and not (word_frequencies() or {}).get(nxt))


def _farewell(words: list[str], i: int, j: int) -> bool:
    """The verb at words[i:j], written ودع... (farewell, or و + دعا "and called"), bids farewell:
    the dead or the parting (event_words farewelled) among the twelve words after it and no إلى or
    أن in its clause (ودعت جمعية البر 27 مصابا عبر مطار الأحساء, ودعت مقبرة الشرف في مدينة أبها بمنطقة عسير عصر
    اليوم شهداء مسجد قوات الطوارئ;
    not ودعا الجبوري رؤساء الكتل إلى تأييد الورقة)."""
    if not words[i].startswith("ودع"):
        return False
    _, hi = _clause(words, j - 1, j)
    after = words[j:hi]
    return any(w in _FAREWELLED or _bare(w) in _FAREWELLED for w in after[:12]) \
        and not any(w in ("الي", "والي") or w in _COMPLEMENTIZERS for w in after)


def _thing_released(k, words: list[str], i: int, j: int) -> bool:
    """What the release at words[i:j] lets go of is a thing (event_words released-thing): the word
    after its عن, among the eight after it in its clause, or money named among the four words before
    a عنها after it."""
    hi = min(_clause(words, i, j)[1], j + 8)
    for m in range(j, hi):
        if words[m] == "عن" and m + 1 < len(words):
            return strip_article(words[m + 1]) in _RELEASED_THINGS
        if words[m] == "عنها":
            return any(k.is_currency(w) for w in words[max(0, i - 4):i])
    return False


def _authors_voice(article: Article, sent, words: list[str]) -> bool:
    """The sentence speaks in the first person outside any quotation, before any verb of saying: a
    pronoun of "we" (event_words first-person: نحن، إننا، علينا، لدينا) or a noun or verb with the
    suffix نا whose stem the news write (بلادنا، جامعاتنا، فلاحظنا; not هنا، أثينا، كورونا)."""
    spans = [(q["start"], q["end"]) for q in article.quotes]
    freq = word_frequencies() or {}
    quoted = 0  # inside quotation marks the quotes stage did not take as a statement (قال «إننا لن نتخلى»)
    for tok, w in zip(sent, words):
        if tok.text in ("«", "“"):
            quoted += 1
        elif tok.text in ("»", "”"):
            quoted = max(0, quoted - 1)
        if quoted or any(a <= tok.start < b for a, b in spans):
            continue
        if _reporting(w):
            break  # "وأضاف خامنئي أننا لن نكف عن دعم": what follows a verb of saying is the speaker's
        if w in _FIRST_PERSON or (w[:1] in "وفلب" and w[1:] in _FIRST_PERSON):
            return True
        if len(w) > 5 and w.endswith("نا") and freq.get(_bare(w)[:-2], 0) >= _STEM_SEEN:
            return True
    return False


def _greets(k, words: list[str], i: int, j: int, sent: list, sent_ents: list[dict]) -> bool:
    """The welcome at words[i:j] greets people: what the first word behind بـ among the six
    after it, in its clause, names is a guest (event_words guests: وفد، زوار، أعضاء، بمن), a
    role (بمبعوث دول المجلس، بوزير الخارجية) or a person's name; not رحب بالقرار، بتعيين المبعوث."""
    hi = min(_clause(words, i, j)[1], j + 6)
    for m in range(j, hi):
        w = words[m]
        if len(w) < 3 or w[0] != "ب" or not _has_bi(w):
            continue
        rest = strip_article(w[1:])
        if rest in _QUANTIFIERS and m + 1 < hi:
            m, rest = m + 1, strip_article(words[m + 1])  # بجميع المشاركين، بكافة الضيوف
        start = sent[m].start
        return rest in _GUESTS or k.role_of([rest, *words[m + 1:m + 4]]) is not None or any(
            x["type"] == "PER" and start <= x["start"] <= start + 2 for x in sent_ents)
    return False


def _proposal_follows(k, words: list[str], j: int) -> bool:
    """Whether a state proposes what the initiative ending at words[j - 1] names, or it is
    one of peace: a nationality, a country or a role of state right after it (المبادرة
    الروسية, مبادرة وزير الخارجية الألماني), or a word of peace within four words (مبادرة
    لحل الأزمة السورية)."""
    if j < len(words):
        w = words[j]
        if k.nationality_of(w) or k.role_of(words[j:j + 3]) or _is_state(k, w):
            return True
    for w in words[j:j + 4]:
        if not w[:1].isalpha():
            return False
        if _bare(w) in _PEACE:
            return True
    return False


def _is_state(k, w: str) -> bool:
    """`w` names a country (مصر, لمصر) or an intergovernmental body (الأمم المتحدة's first word
    is not enough: a listed actor of one word)."""
    a = k.actor(w) or k.actor(_bare(w))
    if a is not None and a.country == "IGO":
        return True
    places = gazetteer().lookup(_bare(w))
    return bool(places) and places[0].kind == "country"


def _agrees(toks, words: list[str], end: int, b: int) -> bool:
    """Whether the nationality at words[b] can go with the noun ending at words[end - 1]: an
    adjective agrees with a noun that has the article (or a pronoun on it: نظيره الأردني),
    having it too, as does a word between them (القوات الخاصة الإسرائيلية); after a noun
    without the article it is an adjective (قوة خاصة إسرائيلية) or the genitive of a
    construct (رئيس ألمانيا, قوات الجيش الإسرائيلي, زعيم طالبان الأفغان). Not "وحمل
    المتظاهرون أعلاما تركية": the flags were Turkish."""
    noun = _definite(words[end - 1]) or toks[end - 1].text.endswith(_OBJECT_SUFFIXES)
    if not noun:
        return True
    if strip_article(_bare(words[end - 1])) in _MASCULINE and words[b].endswith("يه"):
        return False  # "وحدات حماية الشعب الكردية": the units are Kurdish, the people is no Kurdish people
    # (ألمانية begins with the letters of the article: listed as it is, it has none)
    return _definite(words[b]) and words[b] not in kb().nationality and (b == end or _definite(words[end]))


def _finite_matches(tok: str, pat: str) -> bool:
    """A finite verb as listed, behind و at most: طالب, وطالبت, not الطالبات
    ("the students"), طالبة ("a student") or فائدة ("benefit", not ف + أيدة)."""
    for form in (tok, tok[1:] if len(tok) > 3 and tok[0] == "و" else None):
        if form and (form.startswith(pat[:-1]) if pat.endswith("*") else form == pat):
            return True
    return False


def _destination_follows(sent: list, words: list[str], j: int, sent_ents: list[dict], noun: bool = False) -> bool:
    """Whether the clause after words[:j] names a place it goes to: إلى + a place
    (وصل الوزير إلى الرياض), or a place right after the trigger (وصل الرياض), unless إلى follows
    it (وصل اليمن إلى إحباط كامل: the place arrives, at no place). The first
    إلى tells where it goes: "وصل اليوم السكين إلى العظم ... من لبنان إلى سوريا" goes nowhere.
    After a noun, what follows it in construct is who arrives, no place: "وصول إيران إلى اتفاقية"
    goes nowhere; but after one with a pronoun, who arrives is the pronoun's, and a place right after
    it is where he goes (لدى وصوله مطار الملك عبدالعزيز)."""
    places = {x["start"] for x in sent_ents if x["type"] == "LOC"}
    if (not noun or words[j - 1].endswith(_OBJECT_SUFFIXES)) and j < len(sent) and sent[j].start in places:
        place_end = next(x["end"] for x in sent_ents if x["type"] == "LOC" and x["start"] == sent[j].start)
        after = next((k for k in range(j + 1, len(sent)) if sent[k].start >= place_end), len(sent))
        if not (after < len(words) and _bare(words[after]) in ("الي", "لي")):
            return True  # (but "وصل اليمن إلى إحباط كامل": the place is who arrives, where follows إلى)
    for k in range(j, min(len(words), j + 15)):
        if words[k] in (".", "؛", ";", "!", "؟", "?"):
            return False
        if _bare(words[k]) in ("الي", "لي"):
            for m in range(k + 1, min(len(sent), k + 4)):
                if sent[m].start in places or _trim_places(sent[m], places):
                    return True
                if m < len(words) and not _place_word(words[m]):
                    return False  # "وصلت إلى قناعة أن اليمن": a conviction reached, no place
            return False
    return False


def _signed_law(words: list[str], j: int) -> bool:
    """على within four words after a noun of signing ending at words[j], and a law or a decree within three
    after it (event_words law): "وبتوقيع الرئيس التونسي على هذا القانون"."""
    on = next((k for k in range(j, min(len(words), j + 4)) if words[k] == _ON), None)
    return on is not None and any(w in _LAWS for w in words[on + 1:on + 4])


def _place_word(w: str) -> bool:
    """A word that may stand between إلى and a place's name: a kind of place (مدينة، العاصمة، مطار), a
    word of where (شمال، ريف) or a nationality (العاصمة الأردنية عمان)."""
    g = gazetteer()
    b = strip_article(_bare(w))
    return kb().nationality_of(w) is not None or any(
        v in g.place_cues or v in g.seat_heads or v in g.where_words or v in g.facility_heads
        for v in (w, _bare(w), b, "ال" + b))


def _add_participants(article: Article, coder, sent: list, words: list[str], ev: dict, taking_part: list) -> None:
    """The people named by a participant noun of the event's type that tells no event
    of its own (ورفع المتظاهرون لافتات) are the event's first source, coded in the country
    where it happens when nothing else gives theirs."""
    for i, j, t in taking_part:
        if t.type != ev["type"]:
            continue
        who = coder.nominal_actor(article, sent, words, i, j)
        if who is None or any(a["text"] == who["text"] for a in ev["source"]):
            continue
        if not who.get("country") and ev["location"] and ev["location"].get("entity"):
            who["country"] = ev["location"].get("country")
        ev["source"].insert(0, who)


def _gathering_in_clause(words: list[str], i: int, j: int) -> str | None:
    """The PLOVER mode a verb of gathering, marching or blocking (event_words.tsv) in the clause
    of words[i:j] tells ("demo", or the word's value: "obstruct"), back to and on to a punctuation
    mark or a word that opens another clause; None when there is none."""
    for rng in (range(i - 1, -1, -1), range(j, len(words))):
        for k in rng:
            w = words[k]
            if not w[:1].isalnum() or _among(w, _CLAUSE_BREAKS):
                break
            for v in (w, w[1:] if w[:1] in ("و", "ف") else None, _bare(w)):
                # (وجابت, فخرجوا: a verb behind و or ف)
                if v and v in _GATHERING_WORDS:
                    return _WORDS["gathering-word"][v] or "demo"
                if v and v.startswith(_GATHERING):
                    start = next(g for g in _GATHERING if v.startswith(g))
                    return _WORDS["gathering"][start] or "demo"
    return None


def _trim_places(tok, places: set[int]) -> bool:
    """A place entity that starts inside the token, after its proclitic (لليبيا)."""
    return any(tok.start < p < tok.end for p in places)


def _hamza_on_ya(w: str) -> str | None:
    """A noun in اء with a pronoun after it, whose hamza the pronoun seats on ya (لقائه, folded
    لقايه), written with the hamza of its bare form (لقاءه), so that لقاء matches it; else None."""
    for x in _OBJECT_SUFFIXES:
        if w.endswith(x) and w[:-len(x)].endswith("اي") and len(w) - len(x) >= 4:
            return w[:-len(x) - 1] + "ء" + x
    return None


def _word_matches(tok: str, pat: str) -> bool:
    b = _bare(tok)
    if pat.endswith("*"):
        return _prefix_match(tok, pat[:-1]) is not None
    p = strip_article(pat)
    rest = _conj_off(tok)
    seated = _hamza_on_ya(b)
    for cand in (b, strip_article(tok), tok) + ((rest,) if rest else ()) + ((seated,) if seated else ()):
        if cand == p or cand == pat:
            return True
        if cand.startswith(p) and cand[len(p):] in _ENDINGS:
            return True
        if p.endswith("ه") and cand.startswith(p[:-1]) and cand[len(p) - 1:] in _TA_ENDINGS:
            return True
    return False


def _prefix_match(tok: str, p: str) -> str | None:
    """How `tok` begins with the prefix `p` of a "*" pattern: "word" (الدعم, ودعم), "verb" only
    behind an imperfect prefix (ستدعم, يدعمون: "will support", "they support"), or None."""
    b = _bare(tok)
    if b.startswith(p) or tok.startswith(p):
        return "word"
    rest = _conj_off(tok)
    if rest is not None and rest.startswith(p):
        return "word"
    if _definite(tok):
        return None  # (a verb takes no article: "آلياتهم", their vehicles, is no يتهم)
    return "verb" if any(x.startswith(p) for x in _present_stems(b, tok)) else None


def _verb_form(tok: str, pat: str) -> bool:
    """`tok` matches the prefix pattern `pat` only as an imperfect verb (دعم* in ستدعم)."""
    return pat.endswith("*") and _prefix_match(tok, pat[:-1]) == "verb"


_OBJECT_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")


def _behind_preposition(tok: str, pat: str) -> bool:
    """`tok` is the prefix pattern `pat` of a verb behind the preposition ب or ل, which makes
    it the verb's noun (لقصف الطيران: "to the bombing"), not an imperfect verb behind the
    ل of purpose (ليقصف)."""
    if not pat.endswith("*") or tok[:1] not in ("ب", "ل") or tok.startswith("ال"):
        return False
    b = _bare(tok)
    return b != tok and b.startswith(pat[:-1])


_RELATIVE_PRONOUNS = {fold("الذي"): "ه", fold("التي"): "ها", fold("اللذان"): "هما", fold("اللتان"): "هما",
                      fold("اللذين"): "هما", fold("اللتين"): "هما"}  # the object pronoun each is taken up by


def _takes_up_antecedent(rel: str, w: str, t: Trigger) -> bool:
    """The verb `w` right after the relative `rel` carries the object pronoun that agrees with it
    (التي يدعمها، الذي اعتقلوه): the antecedent is what is done to, not who does it."""
    suffix = _RELATIVE_PRONOUNS.get(rel)
    return suffix is not None and w.endswith(suffix) and _object_on_verb(w, t) \
        and next(x for x in _OBJECT_SUFFIXES if w.endswith(x)) == suffix


def _object_on_verb(w: str, t: Trigger) -> bool:
    """Whether the verb `w` of trigger `t` carries an object pronoun (تدعمه, قتلهم,
    استقبلها): the trigger's word matches it without the suffix."""
    for x in _OBJECT_SUFFIXES:
        if w.endswith(x) and len(w) - len(x) >= 3:
            stem = w[:-len(x)]
            return _word_matches(stem, t.words[-1]) or (stem.endswith("و") and _word_matches(stem + "ا", t.words[-1]))
            # (the alif of "they" is not written before the pronoun: قتلوها, اعتقلوه)
    return False


def _past_verb(tok: str, pat: str) -> bool:
    """`tok` is the stem of the "*" noun pattern `pat` with an ending of the past verb only
    (دعمت، دعموا: "she, they supported"; not the noun دعم)."""
    return pat.endswith("*") and len(pat) > 2 and any(
        c in (pat[:-1] + "ت", pat[:-1] + "وا", pat[:-1] + "تا") for c in (_bare(tok), _conj_off(tok)))


def _verb_ending(tok: str, pat: str) -> bool:
    """`tok` is the noun pattern `pat` with an ending only a verb takes: خطفوا, خطفت, خطفوه
    ("they, she kidnapped", "they kidnapped him") are not the noun خطف."""
    if pat.endswith("*"):
        return False
    p = strip_article(pat)
    return any(c in (p + "وا", p + "تا", p + "وه", p + "وهم", p + "وها")
               or (c in (p + "ت", p + "ته", p + "تهم", p + "تها") and not p.endswith("ه"))
               for c in (_bare(tok), tok, _conj_off(tok)))
    # (and with an object pronoun after the verb's subject: خطفوه, قتلته)


# per-word caches hold tuples: empty ones are one shared object, and the garbage
# collector need not walk them (this runs on every word of every article)
_CANDIDATES: dict[str, tuple[Trigger, ...]] = {}


def _candidates(w: str) -> tuple[Trigger, ...]:
    """Triggers whose first word may match `w`, longest first (cached per word)."""
    hit = _CANDIDATES.get(w)
    if hit is not None:
        return hit
    exact, prefix = _triggers()
    b = _bare(w)
    cands: list[Trigger] = []
    rest = _conj_off(w)
    forms = {b, rest} if rest else {b}
    seated = _hamza_on_ya(b)
    if seated:
        forms.add(seated)
    for f in list(forms):  # "زيارته": a noun in ة with a pronoun after it, keyed as زيارة
        e = next((e for e in _TA_PRONOUNS if f.endswith(e) and len(f) - len(e) >= 3), None)
        if e:
            forms.add(f[:-len(e)] + "ه")
    for key in {x for f in forms for x in [f, strip_article(f)] + [f[: len(f) - len(e)] for e in _ENDINGS
                                                                     if e and f.endswith(e)]}:
        cands += exact.get(key, [])
    for k3 in {b[:3], w[:3]} | {x[:3] for x in _present_stems(b, w)} | ({rest[:3]} if rest else set()):
        cands += prefix.get(k3, [])
    # longest first; of equal length, exact words before prefixes (ضربة before ضرب*),
    # then the longer pattern (احتجز* "detain" before احتج* "protest")
    hit = tuple(sorted(set(cands), key=lambda t: (-len(t.words), sum(w.endswith("*") for w in t.words),
                                                  -sum(map(len, t.words)), t.words, t.type)))
    return remember(_CANDIDATES, w, hit)


_STARTING: dict[str, tuple[Trigger, ...]] = {}


def _starting(w: str) -> tuple[Trigger, ...]:
    """Triggers whose first word matches `w`, longest first (cached per word)."""
    hit = _STARTING.get(w)
    if hit is None:
        hit = tuple([replace(t, noun=False) if t.noun and (_verb_form(w, t.words[0]) or _past_verb(w, t.words[0])) else t
                     for t in _candidates(w) if _word_matches(w, t.words[0])
                     and (not t.finite or _finite_matches(w, t.words[0]))
                     and not (t.noun and _verb_ending(w, t.words[0]))])
        remember(_STARTING, w, hit)
    return hit


def _bombarding(w: str) -> bool:
    """A word of bombarding (قصف، القصف، بقصف، يقصفون): the trigger whose weapon the words near it tell."""
    return any(stem in w[:6] for stem in _BOMBARDING)


def _bombardment_mode(words: list[str], i: int, j: int, source: list[dict]) -> str:
    """The mode of a bombardment (قصف) at words[i:j]: "heavy-weapons" when a word of guns stands within
    four words after it (قصف مدفعي، قصفا عشوائيا بصواريخ الكاتيوشا), or when it names no aircraft within
    four words of it and only forces no state fields carry it out (قصف عشوائي قام به المتمردون الحوثيون);
    "aerial" otherwise (قصف طيران التحالف، القصف الجوي)."""
    def weapon(w: str) -> str | None:
        return _SHELLING.get(_bare(w)) or _SHELLING.get(w)
    near = [weapon(w) for w in words[j:j + 4]]
    if "guns" in near:
        return "heavy-weapons"
    if "air" in near or any(weapon(w) == "air" for w in words[max(0, i - 4):i]):
        return "aerial"
    if source and all(a.get("sector") in _NOT_STATE_ARMED for a in source):
        return "heavy-weapons"
    return "aerial"


def _interview(words: list[str], j: int, sent, sent_ents) -> bool:
    """The meeting noun ending at j is with an outlet: "مع" and a channel, a paper or an agency (a word of media
    or an outlet named) right after it, or a relative clause that names one within four words (الذي انفردت صحيفة)."""
    def media(k: int) -> bool:
        return k < len(words) and (strip_article(_bare(words[k])) in _MEDIA or any(
            _is_outlet(x) and x["start"] == sent[k].start for x in sent_ents))
    if j + 1 < len(words) and words[j] in ("مع", "ومع") and media(j + 1):
        return True
    return j < len(words) and words[j] in _RELATIVES and any(media(k) for k in range(j + 1, min(len(words), j + 4)))


def _trigger_at(words: list[str], i: int) -> Trigger | None:
    """The longest trigger whose words start at words[i], its neighbours unread; None when none does."""
    return next((t for t in _starting(words[i]) if i + len(t.words) <= len(words)
                 and all(_word_matches(words[i + q], t.words[q]) for q in range(1, len(t.words)))), None)


def find_triggers(words: list[str]) -> list[tuple[int, int, Trigger]]:
    """(start, end, trigger) in a sentence of folded words, longest first, no overlaps."""
    found: list[tuple[int, int, Trigger]] = []
    n = len(words)
    taken = [False] * n
    cands_at = lookup_all(_STARTING, _starting, words)
    for i in [i for i, c in enumerate(cands_at) if c]:
        w, cands = words[i], cands_at[i]
        if taken[i] or not w[:1].isalpha() or w in _NO_EVENT:
            continue  # (بالتعاون مع: how the clause's action was done; رحبة: "spacious")
        if w in _PRACTICES and not (i + 1 < n and words[i + 1].startswith("ال") and words[i + 1].endswith("ي")):
            continue  # "الجيش والحشد يتقدمان": a body, or a practice; not "الحشد العسكري"
        best = None
        cancelled = False  # a word a listed trigger names, cancelled by its neighbours
        for t in cands:
            k = len(t.words)
            if i + k > n or any(taken[i:i + k]):
                continue
            if cancelled and t.words[0].endswith("*"):
                continue  # "مراكز الاحتجاز" is no arrest, nor a protest by احتج*
            if all(_word_matches(words[i + j], t.words[j]) for j in range(1, k)):
                if t.follows and not _class_follows(words, i + k, t.follows_reach, t.follows, _bare):
                    continue  # "أطلق الحوثيون صواريخ", "أطلقت السلطات سراح"; not "أطلق مبادرة"
                cancelled = k == 1 and not t.words[0].endswith("*")
                if i > 0 and (words[i - 1] in t.not_after or _bare(words[i - 1]) in t.not_after
                              or (words[i - 1][:1] in "وفبل" and words[i - 1][1:] in t.not_after)
                              or "=" + words[i - 1] in t.not_after):
                    continue
                if t.finite and i > 1 and words[i - 1] in ("(", "«", '"', "“") and words[i - 2] in t.not_after:
                    continue  # "كما قرأتها في (فجر الالكترونيه)": a name in brackets behind "in", no verb
                if t.finite and words[i].endswith("ا") and words[i][:-1] in _NO_OBJECT and i > 0 \
                        and not words[i - 1].endswith(("ان", "ين")) and not (i + 1 < n and words[i + 1].startswith("نفس")):
                    continue  # "نفذت الطائرات التركية فجرا ثلاث ضربات": at dawn, no dual verb "they blew up" (الانتحاريان فجرا)
                if t.finite and i > 0 and kb().is_count(words[i - 1]) and _year(words[i - 1]) is None:
                    continue  # "5000 طالب": a count is followed by a noun, not a verb (but "يناير 2014 دعا")
                if t.finite and i > 0 and words[i][:1] not in ("و", "ف") and _reporting(words[i - 1]):
                    continue  # "يرى طالب", "قال طالب": the subject of the verb before, not a verb
                if t.finite and i + k < n and not words[i + k].startswith("ال") and not words[i + k].endswith("ه") \
                        and kb().nationality_of(words[i + k]) and not kb().people_of(words[i + k]):
                    # "لقي طالب سوداني مصرعه": a masculine indefinite adjective follows a noun, not a
                    # verb ("طالبت سورية": Syria demanded; "أيد سعوديون": Saudis supported)
                    continue
                # (a verb whose subject undergoes it, behind that subject too: "استشهد الكاتب بقول
                # الشاعر" cited, was not killed; any verb behind a subject of one word with the
                # article: "رفض المصدر إعطاء التفاصيل" declined to give them, but not behind a
                # particle there, which an object takes as well: "حشد المئات من المقاتلين")
                reach = 5 if t.undergoer else 1
                if not t.noun and not t.undergoer and i + k < n and (_definite(words[i + k]) or (
                        i + k + 1 < n and _definite(words[i + k + 1]) and kb().org_head(words[i + k]))):
                    # past a subject and its adjectives: "رفض المسؤول العسكري اليمني الحديث", "رفضت
                    # هيئة المحلفين حجة الدفاع" (a body's head in construct)
                    reach = 2
                    while reach < 4 and i + k + reach - 1 < n and _definite(words[i + k + reach - 1]):
                        reach += 1
                elif not t.noun and not t.undergoer and i + k + 1 < n and any(
                        p.kind == "country" for p in gazetteer().lookup(words[i + k])[:1]):
                    reach = 2  # past a country named as the subject: "وتدين بنما بالفضل لحارس مرماها" (owes)
                elif t.type == "REJECT" and not t.noun and words[i][:1] not in "بل" and i + k + 1 < n and words[i + k][:1].isalpha() \
                        and len(words[i + k]) > 2 and words[i + k] not in _PREPOSITIONS:
                    reach = 2  # past a one-word name: "ورفض عبيد التعليق" (declined to comment)
                if not (t.not_before or t.not_before_endings):
                    best = (i, i + k, t)
                    break
                after = _past_quantifiers(words, i + k, reach)
                if not t.noun and i + k + 1 < n and words[i + k + 1] == "باسم":
                    # past a spokesman and the body he speaks for: "رفض متحدث باسم جولدمان ساكس التعليق"
                    # (words of more than four letters: not the name علي, folded as على)
                    after = [*after, *(w for w in words[i + k + reach:i + k + 6] if len(w) > 4)]
                elif not t.noun and i + k < n and words[i + k] in _UNNAMED_SOURCES:
                    # past an unnamed source and where he sits, and a time set off by commas: "رفض
                    # مصدر في الخارجية الأميركية، أمس الأربعاء، تأكيد أخبار"
                    after = [*after, *(w for w in words[i + k + 1:i + k + 10] if len(w) > 4)]
                # "رفض وزير الخارجية الأمريكي أن يعلق": the verb after أن, past the subject, as
                # its noun would be
                that = next((p for p in range(i + k, min(n - 1, i + k + 6))
                             if words[p] in _COMPLEMENTIZERS or not words[p][:1].isalnum()), None)
                if that is not None and words[that] in _COMPLEMENTIZERS and not t.noun:
                    after = [*after, words[that + 1]]
                if any((w in t.not_before or _bare(w) in t.not_before
                        or (t.not_before_endings and w.endswith(t.not_before_endings)))
                       and (x == 0 or t.undergoer or len(w) > 2)
                       for x, w in enumerate(after)):
                    continue  # "يبحث عن": searches for, not discusses
                if t.noun and i > 0 and words[i - 1] in _RELATIVES and t.words[0].endswith("*") \
                        and _bare(w) == t.words[0][:-1]:
                    t = replace(t, noun=False)  # "السبسي الذي دعم البكوش": right after a relative, the bare
                    # stem is the verb ("who supported"), not the noun ("support")
                best = (i, i + k, t)
                break
        if best:
            found.append(best)
            for j in range(best[0], best[1]):
                taken[j] = True
    return found


_UNNAMED_SOURCES = frozenset(fold(w) for w in ("مصدر", "مصادر", "مسؤول", "مسؤولون", "مسئول", "المصدر"))


def _past_quantifiers(words: list[str], start: int, reach: int) -> list[str]:
    """The `reach` words from words[start] on, read past words of quantity and the من after
    them (زار عددا من المدارس: the schools), and past demonstratives (وصلت هذه القوات: the
    forces)."""
    out: list[str] = []
    skipping = False  # past a word of quantity, and a من right after it
    for w in words[start:start + reach + 4]:
        # (not a day: الأحد is Sunday, not أحد "one of")
        skipping = (_bare(w) in _QUANTIFIERS and not is_weekday(w)) or w in _DEMONSTRATIVES or (skipping and w == "من")
        if not skipping:
            out.append(w)
            if len(out) == reach:
                break
    return out


_WITHOUT = ((fold("دون"),), (fold("بدون"),))
_HOLDING = (fold("احتجاز"), fold("احتجز"))
_FORCE_USED = frozenset(fold(w) for w in ("قوة", "عنف"))  # (read without the article)
_NEIGHBOUR_TIMES = frozenset(fold(w) for w in ("سابق", "تالي", "لاحق", "سابقة", "تالية", "لاحقة"))
_ATTAINING = (fold("توصل"),)  # "توصلت الشرطة للقبض على الجاني": reached it, done (read without و)
_RESCUE = (fold("إنقاذ"), fold("انتشال"))
_REQUEST_FOR = ((fold("طلب"),), (fold("بطلب"),))
_WANTS = tuple((fold(w),) for w in ("يريد", "تريد", "يريدون", "نريد", "أريد", "يرغب", "ترغب", "يرغبون"))  # (modality.tsv)
_MUST = (tuple(fold("لا بد من").split()), tuple(fold("لابد من").split()))  # (modality.tsv)
_BY_IT = frozenset(fold(w) for w in ("به", "بها", "بهم", "بهما"))
_ORDERS = tuple((fold(w),) for w in ("أمر", "أمرت", "يأمر", "تأمر", "أوعز", "أوعزت"))  # (modality.tsv)
_ORDERING = frozenset(w for (w,) in _ORDERS)
_RESIGNATION = fold("استقال")


_EXCEPT = frozenset(fold(w) for w in ("إلا", "سوى"))  # "except": after a negation, "only"


def modality_of(words: list[str], i: int, j: int, sentence_text: str, verb: bool = False,
                topical: bool = False) -> str:
    """Modality of the trigger at words[i:j] from the cues around it; `verb`: the trigger
    is a verb, whose own future prefix counts; `topical`: its type can be a topic of talks."""
    clause_lo, clause_hi = _clause(words, i, j)
    found: list[str] = []
    called = ""  # the modality of a cue whose complement the trigger is in (what دعا asks for)
    present = set(words)
    present.update(lookup_all(_BARE, _bare, words[clause_lo:clause_hi]))
    present.update(c for w in words[clause_lo:clause_hi] if w[:1] == "و" and (c := _conj_off(w)))  # (وناشدت)
    bare: list[str] | None = None
    index = _modality_index()
    # the cues whose first word is in the clause, in the order of the file
    for _n, cue, mod, scope, as_written in sorted(e for w in present.intersection(index) for e in index[w]):
        k = len(cue)
        if scope == "next":
            window = range(max(clause_lo, i - k), i - k + 1)
            if i - k - 1 >= clause_lo and words[i - 1] in ('"', "«", "“"):
                window = [*window, i - k - 1]  # (past the mark that opens a name: ألغيت "مسيرة السلام")
            # or before a noun the trigger is joined to: "أي محادثات أو مفاوضات", "ضعف التنسيق والتعاون"
            back = 3 if i >= 2 and words[i - 1] == "او" else 2 if words[i][:1] == "و" and words[i - 1][:1].isalpha() else 0
            if back and (not verb or _nominal_use(words, i)) and i - back - k + 1 >= clause_lo:
                window = [*window, i - back - k + 1]
        elif scope == "next-noun":
            if (verb and not _nominal_use(words, i)) or words[i][:1] == "و":
                continue  # (not a verb: "وهي فكرة ترفضها أثينا" is an idea Athens does reject; nor one joined to
                # the cue: "استحسنت الفكرة ودعمها مدير عام الهيئة", he supported it)
            window = range(max(clause_lo, i - k), i - k + 1)
        elif scope == "purpose":
            if (verb and not _nominal_use(words, i)) or words[i][:1] == "و" or any(
                    w in _WENT_TO_MEET or (w[:1] == "و" and w[1:] in _WENT_TO_MEET) for w in words[max(0, i - k - 25):i - k]):
                continue  # (not after a past verb of going or meeting, which did it, past the commas of its
                # time and its subject: "توجهت ميركل إلى باريس، أمس الإثنين، لإجراء محادثات", "واجتمع مندوبون من
                # الحكومة والمعارضة، فضلا عن رئيسين سابقين لاستئناف المحادثات")
            window = range(max(clause_lo, i - k), i - k + 1)
        elif scope == "charge":
            if words[i][:1] != "ب" or _bare(words[i]) == words[i]:
                continue  # (what one is accused of follows behind بـ: "متهمة بمساعدة", not "المتهمين والقبض عليهم")
            window = range(max(clause_lo, i - k), i - k + 1)
        elif scope == "present":
            if not verb or words[i][:1] not in "يت":
                continue
            window = range(max(clause_lo, i - k), i - k + 1)
        elif scope == "before":
            window = range(max(clause_lo, i - 3), i - k + 1)
        elif scope == "preceding":
            window = range(clause_lo, i - k + 1)
        elif scope == "complement":
            if verb and not _nominal_use(words, i) and not (mod == "negated" and any(
                    map(_complementizer, words[max(clause_lo, i - 3):i]))):
                # "تطالب السلطات بتسليم الموقوفين الذين يرفضون ذلك": their refusal is theirs; but
                # what a denial says did not happen is denied: "نفى الجيش مزاعم بأنه قصف مدنيين"
                continue
            window = range(clause_lo, i - k + 1)
        elif scope == "after":
            if verb and not _nominal_use(words, i):
                continue  # an adjective after a noun trigger: "يندد باتفاق محتمل" condemns
            # (quotation marks do not count: "تهديد «داعش» المحتمل")
            reach = j + 3 + sum(1 for w in words[j:min(clause_hi, j + 5)] if w in _QUOTES)
            window = range(j, min(clause_hi, reach) - k + 1)
        elif scope == "clause":
            window = range(clause_lo, _reported_after(words, j, _joined_future(words, j, clause_hi)) - k + 1)
        elif scope == "opening":
            window = range(0, 1)  # "لو كنت ...، قد تشعر أوروبا ...": the whole sentence hangs on it
        else:
            window = range(0, len(words) - k + 1)
        if bare is None:
            bare = lookup_all(_BARE, _bare, words)
        c0, rest = cue[0], cue[1:]
        for s in window:
            # the first word behind و/ف as well: "ومن المقرر أن"
            if (words[s] == c0 or (bare[s] == c0 and not as_written and (len(c0) > 3 or _short_cue(words[s], c0)))
                    or (as_written and words[s][:1] in "وف" and words[s][1:] == c0)
                    or (not as_written and len(c0) > 3 and bare[s] == words[s] and _conj_off(words[s]) == c0)) \
                    and (not rest or tuple(words[s + 1:s + k]) == rest):
                if scope == "complement" and cue in _WANTS and s + k < len(words) and words[s + k].endswith("ا") \
                        and not _starting(words[s + k]):
                    continue  # "إيران تريد عالما عربيا تعمه الفوضى ... بدعم الأسد": what is wanted is a thing, and
                    # what the clause tells after it is so
                if cue in _ORDERS and (s + 1 < len(words) and words[s + 1] in _BY_IT
                                       or any(b in _RESULTS for b in bare[j:j + 4])):
                    continue  # "المبلغ الذي أمر به خادم الحرمين ... الدعم": what was ordered is what "به" takes
                    # up, told as so (not "الأمير الذي أمر بتتبع المتحرشين والقبض عليهم": the order's); and
                    # what it resulted in was done: "امرت بضربات جوية على مركز الشرطة اسفرت عن مقتل تسعة"
                if cue in _REQUEST_FOR and _bare(words[i]).startswith(_RESIGNATION) and any(
                        _bare(w) in _LIGHT_VERBS for w in words[max(clause_lo, s - 6):s]):
                    continue  # "تقدم بطلب استقالته": submitting one's resignation is resigning
                if cue in _WITHOUT and s + 1 < len(words) and _bare(words[s + 1]) == "طيار":
                    continue  # "طائرة بدون طيار هاجمت": a drone, no negation
                if cue == _IN_CASE and s + 2 < len(words) and (words[s + 2] in _STATES or words[s + 2] == "من"):
                    # "في حالة تأهب قصوى": in a state of alert, no condition (but "في حالة الطوارئ",
                    # in case of an emergency)
                    continue
                if cue == ("قد",) and (words[s] == "لقد" or not (
                        s + 1 < len(words) and words[s + 1][:1] in "يتن" and words[s + 1] not in _PAST_VERBS
                        and not words[s + 1].endswith(("ت", "وا")))
                                       or any(w in _KANA for w in words[max(0, s - 6):s])):
                    # قد + past tense: "has already" (قد استهدف, قد تم, قد تعهدت, لقد تشرفت), not "may"; after كان
                    # always the past perfect ("وكان الرئيس التشادي قد تعهد": had pledged)
                    continue
                if as_written and s > 0 and words[s - 1] in _name_links():
                    continue  # "علي بن أبي طالب": a name, no verb
                if scope == "complement" and s > 0 and words[s - 1] in ("ما", "مما"):
                    continue  # "مما دعا جماعة لاتهام تركيا": which prompted it, and it accused
                if verb and scope == "clause" and mod == "future" and (s >= j or cue[-1] in _NEXT_ONES) \
                        and (bare[i][1:] if bare[i][:1] in "وف" and len(bare[i]) > 3 else bare[i])[:1] not in "يتنس":
                    continue  # "وحثت اللجنة المواطنين بالمشاركة في الانتخابات المقبلة": a thing to come that the
                    # complement of a verb in the past names puts its act in no future (but "يلتقي الأسبوع المقبل"),
                    # nor does a time to come named before it ("واعد بتقديم المزيد خلال الفترة المقبلة ودعا المتابعين")
                if scope == "complement" and (any(w in _CAUSE_WORDS or w in _RESULTS for w in bare[s + k:i])
                                              or any(w in _ALREADY or w == "الا" or b in _INSTEAD or b in _DESPITE
                                                     for w, b in zip(words[s + k:i], bare[s + k:i]))
                                              or (i > s + k and (bare[i - 1] in _SINCE or bare[i - 1] in _DURING))
                                              or any(w in _UNDER_ONE or b in _UNDER_ONE for w, b in
                                                     zip(words[max(s + k, i - 3):i], bare[max(s + k, i - 3):i]))):
                    # "قادرا على أخذ إجازة بسبب المفاوضات": the talks, a cause, were held; "مستعد
                    # للترشح ... بعد استقالة السويسري": what the complement comes after happened;
                    # "يهدف إلى إثارة الفتنة ... وقد بلغ عدد من ألقي القبض عليه", "تهدف إلى مصلحة الشركات
                    # إلا أنها في دعمها", "نفت الشرطة صدور عفو عنه بل تم إطلاق سراحه": a clause of its own;
                    # "أمرت بضربات جوية على مركز الشرطة أسفرت عن مقتل تسعة": what the ordered act resulted in
                    continue
                if scope == "preceding" and mod == "future" and s + k < i \
                        and any(b in _SINCE for b in bare[max(s + k, i - 2):i]):
                    continue  # "ما يفترض أن تعيه الدول العربية بعد توقيع الاتفاق": what it comes after happened
                if scope in ("before", "complement", "preceding") and s + k < i and _bare(words[i - 1]) in _STOPPING:
                    continue  # "لم تقدم أي مؤشر على نيتها تعليق دعمها لحزب الله": the support goes on
                if scope in ("before", "complement", "preceding") and any(w in _WHERE_CLAUSE for w in words[s + k:i]):
                    continue  # "الضغط على أعضاء الكونجرس لعرقلة الاتفاق حيث التقى السفير": where or while opens a
                    # clause of its own
                if scope == "complement" and mod == "negated" and _denial_ends(words, s + k, i):
                    continue  # "وتنفي روسيا أية مسؤولية وتوجه أصابع الاتهام للجيش": the accusation is made
                if scope == "complement" and c0.removeprefix("ب").startswith("تهم") and _bare(words[i]).startswith(("اتهام", "تهم")):
                    continue  # "بتهمة إدارة تنظيم إرهابي لاتهامهم بإنشاء": a charge's cue; the charge itself is laid
                if scope == "complement" and _in_relative(words, s + k, i):
                    continue  # "دعا إلى محاسبة الذين شاركوا في الاجتماع": what is so
                if scope == "complement" and ((cue not in _MUST and any(w in ("خلال", "عبر") for w in words[max(0, i - 2):i]))
                                              or (s > 0 and _answering(words, s))):
                    # "تسعى من خلال تلك المفاوضات إلى": the means, which is so (but not the means of what must
                    # be: "لا بد من مساهمة أممية ... عبر نشر قوات"); "تلبية دعوة لزيارة المركز": an invitation
                    # answered, the visit made
                    continue
                if mod == "negated" and cue in (("لا",), ("لن",)) and s + 1 < len(words) and \
                        not words[s + 1][:1] in "يتناس" and s + 1 != i:
                    continue
                if mod == "negated" and cue == ("لا",) and s + 1 < len(words) and (words[s + 1] in _STILL
                                                                                  or words[s + 1] == _ESPECIALLY):
                    continue  # "لا يزال يهدد": still threatens; "ولا سيما اتهام دولة": especially the charge
                if mod == "negated" and cue in (("لا",), ("لم",), ("لن",)) and i == s + 2 and words[i][:1] == "و" \
                        and words[s + 1][:1] in "يتن":
                    continue  # "هو كل لا يتجزأ ورفض البلدين القاطع": the verb negated is the one before it
                if scope == "clause" and verb and s + k <= i and i > 0 and words[i - 1] in _RELATIVES \
                        and not _future_prefix(words[i]):
                    continue  # "من المقرر أن يجتمع لافروف مع كيري الذي يزور قطر": who is visiting now
                if scope == "clause" and s > j and verb and not _nominal_use(words, i) \
                        and any(w in _RELATIVES for w in words[j:s]):
                    continue  # "التقى نظيره الأمريكي الذي سيزور الرياض غدا": the visit is to come, not the meeting
                if scope == "clause" and s >= j and any(w[:1] == "و" and _complementizer(w[1:]) for w in words[j:s]):
                    continue  # "أطلق سراحها وأنها ستعود إلى فرنسا خلال الساعات القادمة": the return's
                if mod == "negated" and verb and s + k < i and any(w in _RELATIVES or w == "الذين" for w in words[s + k:i]) \
                        and not _nominal_use(words, i):
                    continue  # "ولا تلك التي تعهد بها الاتحاد الأوروبي": what the relative clause tells is so
                if mod == "negated" and cue[0] in _PREVENTING and kb().group_of([words[i]]) is not None:
                    continue  # "ومنع المتظاهرون الشاحنات": the protesters prevented it, and protested
                if mod == "negated" and s + 1 < len(words) and words[s + 1] in _NOT_FAR:
                    continue  # "في زمن ليس ببعيد اللقاء الذي جمع": not long ago, the meeting was held
                if mod == "negated" and s + 1 < i and words[s + 1] in _ONLY:
                    continue  # "ليس فقط لدعم المعتدلين ... ولكن أيضا": not only, but also; it is done
                if mod == "negated" and any(w in _EXCEPT for w in words[s + k:i]):
                    # "لن تبحث سوى انسحاب المتمردين": the only thing it will take up, still to come (and
                    # "لم يقتل إلا شخص واحد": one was)
                    if cue == ("لن",):
                        found.append("future")
                    continue
                if mod == "negated" and s < i and "الا" in words[j:j + 6] and "اذا" not in words[j:j + 7]:
                    continue  # "لم يتم تقديم دعم واسع النطاق إلا للقوات التي دربتها": only to them, given
                if mod == "negated" and s + 1 < len(words) and s + 1 < i and words[s + 1] in _FORGETTING:
                    continue  # "لن ينسوا المساندة والدعم السعودي": the support was given
                if mod == "negated" and s + 1 < len(words) and s + 1 < i and words[s + 1] in _REFRAINING:
                    # "لن تتوانى عن دعم الحلفاء": will support; "لم تتردد في إرسال قوات": sent them
                    if cue == ("لن",):
                        found.append("future")
                    continue
                if scope == "clause" and s >= j and (any(_among(w, _CLAUSE_BREAKS) for w in words[j:s])
                                                     or (s > j and words[s] != c0 and words[s][:1] in "وف")):
                    # "تم الاتفاق على خمسة مشروعات ... حيث من المتوقع أن يتم التدشين": another clause's (but
                    # one before reaches past فإن: "في حال قرر الترشح فإنه سيحظى بدعم" is the condition's);
                    # so is a cue behind و after the event ("شكل متظاهرون سلسلة بشرية ... ومن المقرر أن
                    # تنظم تظاهرة": a clause of its own)
                    continue
                if mod == "conditional" and s >= j and any(_bare(w) in _BUT or w in ("«", "“") for w in words[j:s]):
                    # "لا ترحب بالحرب لكن إذا أرادت الولايات المتحدة الحرب": the next clause's; "على هامش
                    # زيارة سمحت بها الجبهة «إذا خرجت أخواتنا ...»": the condition of the words quoted
                    continue
                if scope == "complement":
                    called = mod
                else:
                    found.append(mod)
                break
    if not found and (cond := _apodosis(words, clause_lo)):
        found.append(cond)  # "إذا ألغى الكونجرس الاتفاق، فإيران ستنسحب": the answer to the condition before
    if sentence_text.rstrip().endswith(("؟", "?")):
        found.append("hypothetical")
    if (_future_prefix(words[i]) or (i > 0 and words[i - 1] in _WILL_BE_DONE)) if verb and not _nominal_use(words, i) else \
            ((b := _before_aside(words, i) - 1) >= 0 and _future_prefix(words[b]) and _bare(words[b]) not in _STOPPING) or \
            (j + 1 < len(words) and words[j] in _RELATIVES and _future_prefix(words[j + 1])) or \
            (not verb and _held_later(words, j)) or \
            _future_verb_before(words, clause_lo, i) or \
            (words[i] in _IN_PROTEST and _future_main_verb(words, clause_lo, i)) or \
            (not verb and _opens_future(words, clause_lo, i)):
        # "سيزور", "وستعقد القمة": the future prefix on the verb; on the verb a few words before
        # a noun: "ستدخل في مفاوضات", "سيرأس أوباما قمة", "سيمكن المنظمة الدولية من إعادة فرض
        # العقوبات"; a verb's noun after "سيتم" (سيتم رفض); a noun before a future relative
        # clause (الزيارة التي سيقوم بها)
        found.append("future")

    if not found and not called and (not verb or words[i][:1] in "يتن") \
            and _subjunctive(words, max(clause_lo, i - (8 if words[i][:1] == "ل" and not verb else 6)), i):
        found.append("hypothetical")  # unless planned: "من المقرر أن يزور" stays future
    if topical and (not verb or not (words[i][:1] in "وف" and _bare(words[i]) != words[i])) \
            and _discussed(words, clause_lo, i):
        # (a verb-form trigger there is its verbal noun: "بحث الاتحاد فرض عقوبات")
        called = called or "hypothetical"  # "بحث الاتحاد الأوروبي فرض عقوبات": a topic of talks
    if called and "future" not in found:
        # what is called for has not happened, unless it is planned on its own: "دعا المبعوث
        # الأطراف إلى المشاركة في المحادثات المرتقبة" (the talks are due; taking part is asked)
        found.append(called)
    if not found and not called and not verb and _rumoured_across_comma(words, i):
        found.append("hypothetical")  # "وتعقيبا على ما تردد في بعض وسائل الإعلام، من زيارة مسؤول سعودي"
    if not verb and "hypothetical" in found and not called and _held_before(words, j):
        found.remove("hypothetical")  # "أهمية الزيارة التي قام بها ولي ولي العهد لمصر أمس": it was made
    for m in ("conditional", "negated", "hypothetical", "future"):
        if m in found:
            return m
    return "asserted"


@lru_cache(maxsize=1)
def _openers() -> dict[str, str]:
    """The one-word cues that make a whole sentence hang on them when they open it (إذا, لو), with
    their modality (modality.tsv, scope "opening")."""
    return {cue[0]: mod for cue, mod, scope, _w in _modality() if scope == "opening" and len(cue) == 1}


def _apodosis(words: list[str], lo: int) -> str | None:
    """The modality of the condition whose answer the clause from words[lo] is: the clause
    opens with ف after a comma (فإيران ستنسحب، فإن، فلن) and the clause before it with a
    condition (إذا، لو), past a quotation mark, أن and و. None otherwise."""
    if lo < 2 or words[lo - 1] not in ("،", ",") or words[lo][:1] != "ف" or words[lo].startswith("في") \
            or len(words[lo]) < 3:
        return None
    p = _clause(words, lo - 2, lo - 1)[0]
    for k in range(p, min(p + 4, lo - 2)):  # (past a verb of saying and أنه: "وأوضح أنه "إذا ألغى")
        w = words[k][1:] if words[k][:1] == "و" and len(words[k]) > 2 else words[k]
        if (mod := _openers().get(w)) in ("conditional", "hypothetical") and (k == p or not words[k - 1][:1].isalnum()
                                                                            or _bare(words[k - 1]) in _THAT_FORMS):
            return mod
    return None


def _rumoured_across_comma(words: list[str], i: int) -> bool:
    """The noun trigger at `i` is what a rumour cue (ما تردد، ما يشاع: modality.tsv, complement
    cues in ما) told, behind من after the comma that ends the rumour's clause."""
    if i < 3 or words[i - 1] != "من" or words[i - 2] not in ("،", ","):
        return False
    rumours = [cue for cue, mod, scope, _ in _modality() if mod == "hypothetical" and scope == "complement"
               and cue[0] == "ما" and len(cue) > 1]  # (a rare path: a comma and من right before the noun)
    # (the cue in the clause right before that comma: no other comma nor a sentence's end between)
    return any(tuple(words[s:s + len(cue)]) == cue
               and not any(w in ("،", ",", ".", "؛", ";", ":") for w in words[s + len(cue):i - 2])
               for s in range(max(0, i - 14), i - 2) for cue in rumours)


def _held_before(words: list[str], j: int) -> bool:
    """A relative clause right after the noun trigger that ends at `j` tells it was made, its verb
    in the past (الزيارة التي قام بها، المباحثات التي أجراها، الاجتماع الذي عقد أمس)."""
    return j + 1 < len(words) and words[j] in _RELATIVES and (
        words[j + 1] in _HELD_BEFORE or (words[j + 1][:1] == "و" and words[j + 1][1:] in _HELD_BEFORE))


# past verbs of holding or making an event, in a relative clause after its noun
_HELD_BEFORE = frozenset(fold(w) for w in (
    "قام", "قامت", "أجراها", "أجراه", "أجرتها", "أجراهما", "عقد", "عقدت", "عقدها", "عقده", "جرت", "جرى",
    "تمت", "تم", "شهدتها", "شهدها", "وقعها", "وقعتها", "وقعت", "وقع", "أبرمت", "أبرم", "أبرمها", "انعقد", "انعقدت"))


_ANSWERING = frozenset(fold(w) for w in ("تلبية", "وتلبية", "بتلبية", "لتلبية"))  # تلبية دعوة
_THESE = frozenset(fold(w) for w in ("هؤلاء", "أولئك", "هم"))  # a pronoun subject of many: "وطالب هؤلاء من الإدارة"
_AND_ALSO = frozenset(fold(w) for w in ("و", "وكذلك", "وكذا"))  # what joins one subject to the next
_ATTEMPT_OF = frozenset(fold(w) for w in ("محاولة", "حادث", "حادثة", "عملية"))  # behind ل, before an attack noun
_BUT = frozenset(fold(w) for w in ("لكن", "لكنه", "لكنها", "لكنهم", "لكننا"))  # opens another clause
_INSTEAD = _BUT | {fold("بل"), fold("وإنما"), fold("انما")}  # "but rather": a complement ends there
_ON = fold("على")
_BASED = frozenset(fold(w) for w in ("بناء", "وبناء", "بناءً"))


def _complementizer(w: str) -> bool:
    """أن and its clitic forms (event_words complementizer), with a pronoun or not: بأنه, أنها."""
    return w in _COMPLEMENTIZERS or any(w.endswith(p) and w[:-len(p)] in _COMPLEMENTIZERS
                                        for p in ("ه", "ها", "هم", "هما"))


def _denial_ends(words: list[str], lo: int, i: int) -> bool:
    """What is denied from `lo` ends before the trigger at `i` at a present verb behind و
    that goes on from the denial ("وتنفي روسيا أية مسؤولية وتوجه أصابع الاتهام للجيش": the
    accusation is made); "but rather" (بل) ends every complement."""
    return any(len(w) > 3 and w[0] == "و" and w[1] in "يت" and w[1:3] != "تع" for w in words[lo:i])


def _answering(words: list[str], s: int) -> bool:
    """The cue at words[s] is answered: تلبية دعوة, بناء على دعوة (not "وافق على تفويض": the
    authorisation approved is still to be used)."""
    return words[s - 1] in _ANSWERING or (words[s - 1] == _ON and s > 1 and words[s - 2] in _BASED)


@lru_cache(maxsize=1)
def _name_links() -> frozenset[str]:
    """The words of kinship inside a name (person_cues.tsv kind "kinship": بن، أبي، آل)."""
    return frozenset(c for c, (kind, _sector) in kb().person_cues.items() if kind == "kinship")


_STILL = frozenset({"يزال", "تزال", "يزالون", "زال", "زالت"})  # لا يزال, "still": no negation
_ESPECIALLY = fold("سيما")  # لا سيما, "especially": no negation
_NOT_FAR = frozenset({"ببعيد", "بعيد", "بالبعيد", "ببعيده", "بعيده"})  # ليس ببعيد, "not long ago": no negation


def _and(words: list[str], k: int) -> bool:
    """words[k] is joined by و to what comes before it (وحماس، ووزير، والقوات، ونظيرتيها), not a
    word that begins with the letter, as a role or a group is written (وزير الداخلية الأردني، ولي
    العهد، وفد: a new party)."""
    if words[k][:1] != "و":
        return False
    lex, rest = kb(), words[k + 1:k + 4]
    own = lex.role_of(words[k:k + 4]) or lex.group_of(words[k:k + 4])
    return not own or bool(lex.role_of([words[k][1:], *rest]) or lex.group_of([words[k][1:], *rest]))


def _titles_next(words: list[str], k: int, end: int, actor_at) -> int:
    """Where the next person starts when the one (or the body) named at words[k:end] is in his
    title: a deputy's or a title head's construct before it (نائب، مستشار خادم الحرمين الشريفين،
    عضو لجنة الأمن), and only titles and forms of address between it and the next person (صاحب
    السمو الملكي الأمير); 0 otherwise."""
    lex = kb()
    head = words[k - 1] if k else ""
    if not head or _definite(head) or head in _HONORIFICS or lex.cue_kind(head) == "title" \
            or head in lex.verb_roles or (head[:1] in "وف" and head[1:] in lex.verb_roles) \
            or not (strip_article(_bare(head)) in _DEPUTY_TITLES or _title_head(head)):
        return 0  # (a title in construct, without the article: not "الأمير خالد الفيصل مستشار ...")
    vocab, gaz = lex.title_words(), gazetteer()
    n, stop = end, min(len(words), end + 12)
    while n < stop:
        x = actor_at.get(n)
        if x is not None and x["type"] == "PER":
            m = n + len(x["text"].split())
            while m < len(words) and (words[m] in _HONORIFICS or lex.cue_kind(words[m]) == "title"):
                m += 1
            if (actor_at.get(m) or {}).get("type") == "PER":
                n = m  # "مدير جامعة الأمير سطام بن عبدالعزيز الدكتور عبدالرحمن العاصمي": the prince names the
                continue  # university in the title of the next one named
            return n
        if x is not None:  # a place or a body in the next one's title (أمير منطقة مكة المكرمة)
            n += len(x["text"].split())
            continue
        w = words[n]
        if not (w in _HONORIFICS or strip_article(w) in vocab or lex.cue_kind(w) == "title"
                or gaz.lookup(w) or gaz.lookup(f"{words[n - 1]} {w}") or w == "في" or lex.nationality_of(w)
                or (w in ("،", ",") and n + 1 < len(words) and words[n + 1][:1] != "و")
                or (w[:1] == "و" and strip_article(w[1:]) in vocab)):
            return 0  # (the tagger may leave a place of the title untagged: منطقة مكة المكرمة; a body's
            # name may go on behind و or be placed behind في: "عضو لجنة الأمن والدفاع في البرلمان العراقي النائب";
            # titles go on past a nationality and a comma: "لرئيس مجلس الوزراء وزير الدفاع السعودي الأمير")
        n += 1
    return 0


def _title_chain(words: list[str], a: int, b: int, places: frozenset[int] | set[int] = frozenset()) -> bool:
    """words[a:b], between a name and a role after it, are other roles of the same person
    (محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء، وزير الدفاع), commas between
    them, and the places they are of (`places`: the tokens of places named; محمد بن زايد ولي عهد
    أبو ظبي نائب القائد الأعلى); none at all when the role follows the name."""
    vocab = kb().title_words()
    return b - a <= 12 and all(w in ("،", ",") or strip_article(w) in vocab
                               or (w[:1] in "لب" and strip_article(w[1:]) in vocab)
                               or (x in places and x > a) for x, w in enumerate(words[a:b], a))


def _one_word_title(article, person: dict, sent) -> bool:
    """The person's title before the name, if any, is one word (الأمير، الدكتور) or a rank with
    its qualifier (اللواء الركن): no role of its own that a role after the name would repeat."""
    span = (article.extra.get("titles") or {}).get(person["id"])
    if span is None:
        return True
    return sum(1 for tk in sent if span[0] <= tk.start < span[1] and kb().cue_kind(tk.norm) != "qualifier") <= 1


def _with_agent(words: list[str], k: int, agents_end: int) -> bool:
    """The actor at words[k] is named with the agent that ended at `agents_end`: right after it
    (المتمردون الحوثيون) or joined to it by و (وقوات صالح)."""
    if agents_end < 0:
        return False
    while agents_end < k and len(words[agents_end]) == 1 and words[agents_end] in _CLOSE_Q:
        agents_end += 1  # (past the quotation mark that closes its name: و«حزب الله» وقوات الدفاع الوطني)
    return k == agents_end or (k == agents_end + 1 and words[agents_end] == "و")


def _in_relative(words: list[str], lo: int, i: int) -> bool:
    """The trigger at `i` is inside a relative clause opened after `lo`, which tells what is so
    (دعا إلى محاسبة الذين شاركوا في الاجتماع), not back at the level of what is called for
    behind و ("يطالبون بانسحاب الحزب الذي يقاتل ... وبالإفراج عن", "وإلى تقديم المساعدات"), nor
    after a word of topic right before it ("نفى صحة الشائعات التي أطلقتها الشركات بخصوص رفض
    الحكومة": what the rumours are about)."""
    if any(w in _TOPIC_WORDS for w in words[max(lo, i - 2):i]):
        return False
    for r in range(i - 1, lo - 1, -1):
        if words[r] in _RELATIVES or words[r] == "الذين":
            # (a و of its own letter is none: "الوعد الذي قطعه وزير الخارجية الروسي خلال زيارته")
            return not any(w.startswith("و") and (_BARE.get(w) or _bare(w)) != w for w in words[r + 1:i + 1])
    return False


def _subheading(text: str, s: int, e: int, sent: list, most: int) -> bool:
    """The sentence text[s:e] is a subheading of the body: a line of its own of at most
    `most` words (0: none is) that ends in no punctuation ("إشادة عالمية", "* هجوم جوي")."""
    return 0 < sum(1 for t in sent if t.norm[:1].isalnum()) <= most \
        and (s == 0 or text[s - 1] == "\n") and text[e:e + 8].lstrip(" \t")[:1] in ("", "\n") \
        and text[s:e].rstrip()[-1:] not in ".!?؟…:\"'”’»)]"  # (spaces may stand before the line's end)


def _named_agreement(sent: list, words: list[str], i: int, j: int, ents: list[dict]) -> bool:
    """The indefinite noun trigger at words[i:j] is in construct with a definite noun or a name
    that names a known agreement (اتفاق فيينا، اتفاق الهدنة، اتفاق إيران النووي، اتفاقية سايكس بيكو): one referred to,
    no agreement told; unless what is agreed (على) or with whom (مع) follows within four words
    (اتفاق روسيا وتونس على تشكيل فريق، نبأ اتفاق أثينا مع دائنيها), or it is reached (إلى اتفاق) or
    signed (وقعت الحكومتان اتفاقية الشراكة الاستراتيجية)."""
    if j >= len(words) or _definite(words[i]) or (i > 0 and _bare(words[i - 1]) == "الي"):
        return False
    lo, _ = _clause(words, i, j)
    if any(w.startswith(_SIGNING) or (w[:1] == "و" and w[1:].startswith(_SIGNING)) for w in words[max(lo, i - 3):i]):
        return False  # "وقعت الحكومتان اتفاقية الشراكة الاستراتيجية": signed, one made
    nxt = words[j]
    if not (nxt.startswith("ال") or any(e["start"] == sent[j].start and e["type"] in ("LOC", "MISC") for e in ents)):
        # (people or bodies in construct are its parties: "اتفاق المالكي وعلاوي")
        return False
    return not any(_bare(w) in ("علي", "مع") for w in words[j:j + 4])


def _nominal_use(words: list[str], i: int) -> bool:
    """The verb trigger at `i` is written as its verbal noun: after a preposition (الشروع في
    بحث، عبر نشر قوات), with the article, or with ب/ل on a verbal noun of alef or on a word the corpus counts as one
    behind a clitic (حثهم على رفض الاتفاق, دعا للإفراج عن, طالب بانسحاب, تعهد بفتح النار; not
    بحث, a verb of its own), after a word of topic (بخصوص رفض) or a verbal noun of resuming
    (إعادة فرض العقوبات), or in the plural (إلى وضع استقالاتهم)."""
    w = words[i]
    return (i > 0 and (words[i - 1] in ("علي", "الي", "عن", "في", "عبر", "خلال") or words[i - 1] in _TOPIC_WORDS
                       or _bare(words[i - 1]) in _RESUMING)) \
        or (w.startswith(("ال", "بال", "لل", "وال")) and not _al_verb(w)) \
        or (w[:1] in "بل" and (w[1:2] == "ا" or _bare(w) == w[1:])) or (len(w) > 5 and w.endswith(_PLURAL_NOUN))


@lru_cache(maxsize=1)
def _al_verb_stems() -> tuple[str, ...]:
    """Verbs of a weak last letter among the triggers that begin, folded, as the article does
    (التقى, ألقى القبض), without that letter, which their endings replace (التقت، التقوا)."""
    exact, prefix = _triggers()
    return tuple(sorted({w[:-1] for ts in (*exact.values(), *prefix.values()) for t in ts if not t.noun
                         for w in (t.words[0],) if w.startswith("ال") and w.endswith(("ي", "ى"))}))


_WEAK_VERB_ENDINGS = frozenset({"ي", "ى", "ت", "وا", "يا", "تا"})


def _al_verb(w: str) -> bool:
    """`w` is one of those verbs, behind و or ف at most ("والتقى الوزير" met; not الالتقاء)."""
    v = w[1:] if w[:1] in "وف" and w[1:3] == "ال" else w
    return any(v.startswith(s) and v[len(s):] in _WEAK_VERB_ENDINGS for s in _al_verb_stems())


# a plural noun's ending, with a pronoun at most (استقالاتهم): a verb has none of them
_PLURAL_NOUN = ("ات", "اته", "اتها", "اتهم", "اتهما", "اتنا", "اتكم")


def _impersonal_after(words: list[str], k: int) -> bool:
    """The subject pronoun at `k` is "it", naming no one: an impersonal verb or a phrase of
    time follows it, behind a particle at most (أنه قد ورد, أنه خلال الاجتماع)."""
    k += 1
    while k < len(words) and (words[k] in _PARTICLES or words[k] in ("لا", "لم") or words[k] in ('"', "«", "“")):
        k += 1  # (and the mark that opens what is quoted: أنه «تم القبض على المتهم»)
    if k < len(words) and words[k - 1].endswith("ه") and not words[k - 1].endswith(("ها", "هم")) \
            and len(words[k]) >= 4 and words[k].endswith("ت") and any(not x.noun for x in _starting(words[k])):
        return True  # "أنه قصفت قوات النظام": "it" before a feminine verb whose subject follows
    if k < len(words) and (words[k] in _IMPERSONAL or (k + 1 < len(words) and words[k] in ("في", "وفي") and (
            _time_phrase(words[k + 1:k + 2]) or words[k + 1] in _FRAMES
            or any(w in ("،", ",") for w in words[k + 2:k + 9])))):
        # "إنه في صباح الخميس انفجرت عبوة": a time, a frame (أنه في حال، في ضوء، في بعض الأحيان) or a
        # phrase behind "in" set off by a comma ("أنه في «أكثر الهجمات دموية، قتلت نيران الهاون"; not
        # "إنه في غاية الندم لقتل سيسل", his), then the
        # event's own clause; unless what
        # follows "was done", by the speaker's side ("أنه خلال الفترة المقبلة سيتم تكثيف التعاون")
        return not any(w in _DONE for w in words[k + 1:k + 6])
    return False


_REFUSABLE = frozenset({"AGREE", "CONSULT", "COOPERATE", "RETREAT", "CONCEDE"})  # what one can refuse to do
_WILL_BE_DONE = frozenset({"سيتم", "ستتم", "وسيتم", "وستتم"})


def _discussed(words: list[str], lo: int, i: int) -> bool:
    """A verb or noun of discussing among the eight words before the event noun at `i`, in its
    clause, with no word of time or sequence (بعد توقيع الاتفاق is what happened) nor a relative
    pronoun between; past a relative clause when a word of topic comes right before the event
    ("المناقشات التي يجريها الوزراء حول تقديم الدعم": the talks are about it)."""
    topic = False
    for k in range(i - 1, max(lo, i - 10) - 1, -1):
        w = words[k]
        if (w in _DISCUSSING or _bare(w) in _DISCUSSING) and words[k + 1] != "عن":
            return i - k <= 8 or topic  # (not "البحث عن": searching for)
        if w in _DURING and words[k + 1] in _OCCASIONS:
            continue  # "بحثا خلال الاجتماع التعاون الثنائي": where, not when
        if w in _TOPIC_WORDS and i - k <= 2:
            topic = True
        if w in _SEQUENCE or (w in _RELATIVES and not topic) or not w[:1].isalnum():
            return False  # (nor inside a relative clause: "المقترحات التي تدعم جهود الوزارة")
    return False


_SEQUENCE = frozenset(fold(w) for w in ("بعد", "عقب", "إثر", "منذ", "خلال", "قبل", "أثناء"))
_DURING = frozenset(fold(w) for w in ("خلال", "أثناء"))
_TIME_OF_EVENT = _SEQUENCE - _DURING  # بعد، عقب، إثر، منذ، قبل: before or after another event
_JUST_AFTER_OWN = frozenset(fold(w) for w in ("بعيد", "فور", "لدى", "عند", "أثر"))  # (لدى وصوله، فور وصوله)
_AFTER_BEFORE = _TIME_OF_EVENT - {fold("منذ")}  # بعد، عقب، إثر، قبل: right before an event noun
_OF_DEEDS = ("SUPPORT", "ACCUSE", "REJECT")  # types told of a deed a relative names the doer of (أشاد بالجهود التي يبذلها)
_ANSWERING_TYPES = ("PROTEST", "ACCUSE", "REJECT")  # types whose cause names whom they answer
_JUST_BEFORE_AFTER = frozenset(fold(w) for w in ("قبيل", "بعيد"))  # shortly before, shortly after
_SINCE = _SEQUENCE - _DURING - {fold("قبل")}  # بعد، عقب، إثر، منذ: what comes after an event that happened


def _subjunctive(words: list[str], lo: int, i: int) -> bool:
    """The trigger at `i` is, or is inside the complement of, a present verb right after أن
    (أن تؤدي المفاوضات إلى انسحاب قواته, أن يتم الإفراج عن): what may come of it, not what is."""
    for s in range(lo, i):
        if words[s] in _COMPLEMENTIZERS and _present_verb(words[s + 1]) and not (
                words[s + 1] in _COPULA and words[s + 2] not in ("هناك", "ثمه")) \
                and not (s > 0 and _bare(words[s - 1]) in _BEFORE_AFTER) \
                and all(w[:1].isalnum() or w in _QUOTES for w in words[s + 2:i]):
            # (but "قبل أن يفجر نفسه" tells what he then did; "أن يكون الهجوم من تنفيذ داعش" only
            # doubts who did it; "أن يكون هناك اتفاق" doubts the agreement; a punctuation mark
            # ends what أن governs, a quotation mark does not: أن يحصل «اتفاق» ضمني)
            return True
    return False


_BEFORE_AFTER = frozenset({"قبل", "بعد"})  # قبل أن, بعد أن: a verb of the narrative
_OTHER_END = {"ة": "ه", "ه": "ة"}  # the letter a word written with the other one ends in
_COPULA = frozenset({"يكون", "تكون", "يكونوا", "يكونا", "تكونا", "نكون"})


def _present_verb(w: str) -> bool:
    """A present verb (يتم, تؤدي, يزور): the corpus has it with the future prefix too, which
    no noun takes (تعاون, تفجير); or, beginning with ي, never with the article, which every
    noun so begun takes (يرفض, not يوم)."""
    if len(w) < 3 or w[0] not in "يتن":
        return False
    freq = word_frequencies() or {}
    return freq.get("س" + w, 0) > 0 or (w[0] == "ي" and len(w) >= 4 and freq.get(w, 0) > 0
                                         and not freq.get("ال" + w, 0))


_IN_PROTEST = frozenset(fold(w) for w in ("احتجاجا", "واحتجاجا"))


_PREPOSITIONS = frozenset(fold(w) for w in ("في", "من", "إلى", "على", "عن", "مع", "حول", "خلال"))
# أن, إن and their pronoun forms behind ب، ل، و (بأنه، لأنه، وإنهم): a clause of its own begins
_THAT = frozenset(fold(p + w) for p in ("", "ب", "ل", "و") for w in (
    "أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم"))


def _future_predicate(words: list[str], i: int, j: int, reach: int = 4) -> bool:
    """A future verb after the noun trigger words[i:j], the noun its subject, past at most
    three words that qualify it (no punctuation, no relative pronoun, no أن): "المباحثات سوف
    تتطرق", "القمة الخليجية ستبحث"; not a noun after a preposition ("في قمة النظام سوف
    تستفحل", "على صلة بمفاوضات الصخيرات إنه سيجري")."""
    if (i > 0 and words[i - 1] in _PREPOSITIONS) or (words[i][:1] in "بل" and _bare(words[i]) != words[i]):
        return False
    for k in range(j, min(len(words), j + reach)):
        w = words[k]
        if w == "سوف" or (_future_prefix(w) and _bare(w) not in _STOPPING) \
                or (w == "من" and k + 1 < len(words) and words[k + 1] in _LIKELY_TO):
            return True  # (and "من شأنه أن يهدد": is bound to)
        if not w[:1].isalpha() or w in _RELATIVES or w in _THAT:
            return False
    return False


_FOR_THEY = frozenset(fold(w) for w in ("لأنهم", "لأنه", "لأنها", "لكونهم"))  # "because they"
_LIKELY_TO = frozenset(fold(w) for w in ("شأنه", "شأنها", "شأنهم"))  # من شأنه أن: is bound to
_HELD_LATER = frozenset(_WORDS["held-later"])
_HONORIFICS = frozenset(_WORDS["honorific"])


def _held_later(words: list[str], j: int) -> bool:
    """A relative clause whose verb holds an event in the future, after the noun trigger that
    ends at `j`, past a noun phrase of any length (no punctuation, no أن, no present verb):
    "للاجتماع المشترك بين وزراء خارجية دول المجلس وجون كيري الذي سيعقد يوم غد"."""
    for k in range(j, min(len(words) - 1, j + 14)):
        w = words[k]
        if w in _RELATIVES:
            v = words[k + 2] if words[k + 1] == "سوف" and k + 2 < len(words) else words[k + 1]
            if words[k + 1] != "سوف":
                if not _future_prefix(v):
                    return False
                v = v[2:] if v[0] in "وف" else v[1:]
            return v in _HELD_LATER
        if not w[:1].isalpha() or w in _THAT or _present_verb(w):
            return False
    return False


_PIOUS = frozenset(fold(w) for w in ("بإذن", "الله", "إن", "شاء", "تعالى"))
_DASHES = frozenset("-–—")


def _before_aside(words: list[str], i: int) -> int:
    """Where the words before `i` end once a pious aside right before it is passed over ("سيتم-
    بإذن الله -القبض عليهم": سيتم is the verb of القبض); `i` when there is none."""
    k = i
    while k > 0 and i - k < 6 and (words[k - 1] in _PIOUS or words[k - 1] in _DASHES):
        k -= 1
    return k if any(w in _PIOUS for w in words[k:i]) else i


def _opens_future(words: list[str], lo: int, i: int) -> bool:
    """The clause of the noun at `i` opens with a future verb (behind و or ف at most), its main
    verb, with no relative pronoun, أن or other verb before the noun: "وستتاح لكيري ورودريغيز
    الفرصة لمناقشة مواضيع ثنائية خلال لقاء" is a meeting to come (but "سيتم وقف العمل بقرارات
    تتضمن عقوبات": sanctions imposed before)."""
    return i > lo + 1 and _future_prefix(words[lo]) and _bare(words[lo]) not in _STOPPING \
        and not any(w in _RELATIVES or w in _THAT or _present_verb(w) for w in words[lo + 1:i]) \
        and _bare(words[i - 1]) not in _SINCE \
        and not (i + 1 < len(words) and words[i + 1] in _RELATIVES)  # (not "بعد الاجتماع الذي عقد أمس")


def _future_main_verb(words: list[str], lo: int, i: int) -> bool:
    """A verb with the future prefix anywhere before `i` in its clause, no relative pronoun
    between: "in protest" (احتجاجا) tells what that verb does, however far: "ستتوقف حركة المترو
    ... لمدة 24 ساعة ... احتجاجا على" is a strike to come."""
    for k in range(i - 1, lo - 1, -1):
        if words[k] in _RELATIVES:
            return False
        if _future_prefix(words[k]):
            return True
    return False


_UNDER_ONE = frozenset(fold(w) for w in ("كجزء", "بموجب", "وفق", "وفقا", "إطار"))  # "كجزء من اتفاق": under one made
_NEXT_ONES = frozenset({"المقبل", "المقبله", "القادم", "القادمه"})  # (folded) "next": الأسبوع المقبل، الفترة القادمة


def _future_verb_before(words: list[str], lo: int, i: int) -> bool:
    """A verb with the future prefix two to five words before the noun trigger at `i`, in its
    clause, with only words between (no punctuation, no relative pronoun: "ستعقد القمة التي
    شهدت توقيع الاتفاق" tells a signing that was)."""
    for k in range(i - 2, max(lo, i - 5) - 1, -1):
        between = words[k + 1:i]
        if not all(w[:1].isalpha() and w not in _RELATIVES for w in between):
            return False
        if _future_prefix(words[k]):
            # (not one of stopping: "ستوقف دعمها لحزب الله", the support goes on until then)
            return _bare(words[k]) not in _STOPPING
    return False


def _future_prefix(w: str) -> bool:
    """A present verb with the future prefix س (سيزور, وستعقد, فسنرد, سأزور): what follows س is
    a present form the corpus has at least as often (not سيارة, سياسة, سنوات), or in the first
    person one whose other persons it has (نزور, يزور)."""
    if len(w) > 4 and w[0] in "وف" and w[1] == "س":
        w = w[1:]
    freq = word_frequencies() or {}
    if len(w) >= 5 and w[:2] == "سا" and freq.get("ن" + w[2:], 0) > 0 and freq.get("ي" + w[2:], 0) > 0:
        return True  # "سألتقي بنفسي مع قادتنا", "سأزور": the first person, whose other persons the corpus has
    if len(w) < 4 or w[0] != "س" or w[1] not in "يتن" or w.endswith("وا"):
        return False  # (a present after س never ends in وا: "وسيروا المظاهرات" is سيّروا, they marched)
    return freq.get(w[1:], 0) >= max(1, freq.get(w, 0))


# types whose verbs take their object behind بـ (أشاد بـ، رحب بـ، طالب بـ)
_BI_OBJECT_TYPES = frozenset({"SUPPORT", "REQUEST"})


def _agrees_with_relative(relative: str, verb: str) -> bool:
    """The verb right after a relative pronoun agrees with it in gender: a feminine one (التي،
    اللتان) before a verb with the feminine ت (دعمت، تدعم), a masculine one before a verb without
    the past's (رفض، يرفض، تعهد)."""
    if relative.startswith("الت") or relative.startswith("اللت"):
        return verb.endswith("ت") or verb.endswith("تا") or verb.startswith("ت")
    return not (verb.endswith("ت") or verb.endswith("تا"))


def _unresolved_subject(w: str) -> bool:
    """`w`, right after a verb, is its subject named by a noun (شخصيات، الفنان، عدد), not by a
    pronoun's honorific (سموه، معاليه) and not an adverbial phrase (في هذا الصدد)."""
    return w[:1].isalpha() and not w.endswith(_OBJECT_SUFFIXES) and w not in _LOCATIVE \
        and w not in _TARGET_PREPS and not _prepositional(w)


def _past_aside(words: list[str], lo: int) -> int:
    """The start of a clause that begins after an aside set off by commas, which says who is
    among those named before it: "ثمانية أشخاص، بينهم طفلان، قتلوا" is one clause."""
    if lo < 2 or words[lo - 1] not in ("،", ","):
        return lo
    k = lo - 2
    while k >= 0 and words[k] not in ("،", ",", "؛", ";", ".", ":"):
        k -= 1
    if k >= 1 and words[k] in ("،", ",") and (words[k + 1] in _ASIDES or _time_phrase(words[k + 1:lo - 1])):
        # (or a time: "وخرج عشرات الآلاف من العراقيين في بغداد، مساء الجمعة، احتجاجا")
        return _clause(words, k - 1, k)[0]
    if any(words[x] == "من" and words[x + 1] in _ASIDES for x in range(k + 2, lo - 2)):
        return k + 1  # (one closed by the comma only: "خمسة عناصر من تنظيم القاعدة من بينهم قيادي، قتلوا")
    return lo


def _joined_future(words: list[str], j: int, hi: int) -> int:
    """Where a verb in the future behind و or ف opens a clause of its own after the trigger ending at
    words[j], else hi: "أطلق سراحها وستعود الى فرنسا خلال الساعات القادمة", the release is done, only
    the return to come."""
    for k in range(j, hi):
        w = words[k]
        if len(w) > 4 and w[0] in "وف" and w[1] == "س" and w[2] in "يتن":
            return k
    return hi


def _reported_after(words: list[str], j: int, hi: int) -> int:
    """Where a reported clause (أن, بأن) opens after the trigger ending at words[j], else hi: its
    cues are its own ("الاتفاق النووي الذي أبرمته إيران ... مبيناً أن العقوبات ستعود إذا ما ثبت
    عدم تنفيذ طهران بنود الاتفاقية": the deal was made; the condition is the sanctions')."""
    for k in range(j, hi):
        if _complementizer(words[k]):
            return k
    return hi


def _clause(words: list[str], i: int, j: int) -> tuple[int, int]:
    seps = ("،", ",", "؛", ";", ":")
    lo = i
    while True:
        while lo > 0 and words[lo - 1] not in seps:
            lo -= 1
        b = lo - 1  # past a time set off by two commas ("طلب رئيس الوزراء الهندي نارندرا مودي، أمس، دعم المعارضة")
        while b > 0 and words[b - 1] not in seps:
            b -= 1
        if lo >= 2 and words[lo - 1] in ("،", ",") and 0 < b < lo - 1 <= b + 3 and words[b - 1] in ("،", ",") \
                and _time_phrase(words[b:lo - 1]):
            lo = b - 1
            continue
        break
    hi = j
    while hi < len(words) and (words[hi] not in ("،", ",", "؛", ";", ".", ":")
                               or words[hi] == "." and len(words[hi - 1]) == 1):
        hi += 1  # (the period of a title's letter goes on: "ودعا د. السند الله")
    return lo, hi


_DETECTOR_OVERRIDE: dict | None = None  # set by cross-validation to models trained on other folds


@lru_cache(maxsize=1)
def _detectors():
    if _DETECTOR_OVERRIDE is not None:
        return _DETECTOR_OVERRIDE
    from ..models import detection_models
    return detection_models()


def _actor(ent: dict) -> dict:
    return {"entity": ent["id"], "text": ent["text"], "country": ent.get("country"), "sector": ent.get("sector"),
            "canonical": ent.get("canonical"), "kind": ent["type"], "role": ent.get("role")}


class EventCoder:
    def __init__(self) -> None:
        self.kb = kb()
        self.inside_names: frozenset[int] = frozenset()  # set per article by the stage
        self.person_starts: frozenset[int] = frozenset()  # where the article's people's names start
        self.person_ends: frozenset[int] = frozenset()  # and where they end
        self.org_ends: frozenset[int] = frozenset()  # where the bodies named end
        self.named_at: dict[int, dict] = {}  # the person or body whose name starts at an offset
        self.place_at: dict[int, dict] = {}  # the place of a known country whose name starts at an offset
        self.holders: list[dict] = []  # the people named with a role

    def read_names(self, article: Article, starts: list[int]) -> None:
        """Note where the article's words stand inside a person's name, a place's or a listed
        organisation's after its first word ("قائد" in "الباجي قائد السبسي", "إفريقيا" in "جنوب
        إفريقيا", "العمال" in "حزب العمال الكردستاني"): no unnamed actor starts there."""
        inside = set()
        for e in article.entities:
            if e["type"] == "PER" or (e["type"] == "LOC" and e.get("country") and e.get("subtype") != "FAC") \
                    or (e["type"] == "ORG" and self.kb.actor(e["text"]) is not None):
                # (a place the gazetteer placed; not a facility named after a body: "مسجد قوات الطوارئ")
                for k in range(bisect_right(starts, e["start"]), bisect_left(starts, e["end"])):
                    inside.add(starts[k])
        self.inside_names = frozenset(inside)
        self.person_starts = frozenset(e["start"] for e in article.entities if e["type"] == "PER")
        self.person_ends = frozenset(e["end"] for e in article.entities if e["type"] == "PER")
        self.org_ends = frozenset(e["end"] for e in article.entities if e["type"] == "ORG")
        self.named_at = {e["start"]: e for e in article.entities if e["type"] in ("PER", "ORG")}
        self.place_at = {e["start"]: e for e in article.entities if e["type"] == "LOC" and e.get("country")}
        self.holders = [e for e in article.entities if e["type"] == "PER" and e.get("role")]
        # armed bodies named, with the head of each name without its article (تنظيم داعش: تنظيم)
        self.armed_bodies = [(e, strip_article(fold(e["canonical"]).split()[0])) for e in article.entities
                             if e["type"] == "ORG" and e.get("country") and e.get("sector") in ("REB", "UAF", "PRM")
                             and e["canonical"].split()]

    def _holder(self, text: str, title: str) -> dict | None:
        """The one person the article names with `title`, a role of a place (أمير منطقة عسير),
        written right before or after his name (أمير منطقة عسير الأمير فيصل بن خالد)."""
        folded = fold(title)
        n = len(folded.split())
        found: dict[str, dict] = {}
        for e in self.holders:
            role = fold(e["role"])
            # (or the first of titles chained before the name: "أمين منطقة الجوف رئيس اللجنة المحلية
            # للانتخابات البلدية المهندس عجب القحطاني", whose role is "أمين منطقة الجوف رئيس")
            chained = role.startswith(folded + " ")
            if not (folded.startswith(role) or chained):
                continue
            before = fold(text[max(0, e["start"] - len(title) - (90 if chained else 30)):e["start"]]).split()
            while before and (before[-1] in _HONORIFICS or self.kb.cue_kind(before[-1]) == "title"):
                before.pop()  # (أمير منطقة عسير الأمير فيصل بن خالد)
            after = fold(text[e["end"]:e["end"] + len(title) + 4]).lstrip(" ،,-").split()
            whole = role.split()
            if before[-n:] == folded.split() or after[:n] == folded.split() or (chained and any(
                    before[x:x + len(whole)] == whole for x in range(len(before) - len(whole) + 1))):
                found.setdefault(e["canonical"], e)
        return next(iter(found.values())) if len(found) == 1 else None

    def _body_by_first_word(self, words: list[str], at: int, before: int) -> dict | None:
        """The last armed body named before `before` whose name begins with words[at], a definite
        word standing alone there (المقاومة: المقاومة الشعبية; التنظيم: تنظيم داعش); for "the
        organisation" alone, also the last transnational group the actors file lists (داعش)."""
        if not self.armed_bodies or at >= len(words) or not _definite(words[at]) \
                or (at + 1 < len(words) and _definite(words[at + 1])):
            return None
        head = strip_article(words[at])
        found = [e for e, first in self.armed_bodies if e["start"] < before
                 and (first == head or (head == "تنظيم" and e["country"] == "IMG"))]
        return found[-1] if found else None

    def _construct_role(self, toks, words: list[str], a: int, hit: tuple[int, str]) -> tuple[int, str]:
        """A role of two or three words in construct before a place it is the role of, its
        last word without the article the role is listed with (وزير خارجية فرنسا، رئيس وزراء
        بريطانيا: وزير الخارجية، رئيس الوزراء); else `hit`."""
        for m in (3, 2):
            if m <= hit[0] or a + m >= len(words) or toks[a + m].start not in self.place_at \
                    or any(_definite(w) or not w.isalpha() for w in words[a + 1:a + m]) \
                    or any(toks[b].start in self.named_at for b in range(a + 1, a + m)):
                # (not a body named there: "مدير شرطة منطقة القصيم", the director of the police)
                continue
            longer = self.kb.role_of(words[a:a + m - 1] + ["ال" + words[a + m - 1]])
            if longer is not None and longer[0] == m:
                return longer
        return hit

    def _apposed_name(self, toks, words: list[str], stop: int) -> bool:
        """After a body's name (a group noun and its nationality), a person's name starts at
        words[stop], or a word or two later past words that stand between a title and its name (an
        honorific, "former", an adjective: القوات اللبنانية سمير جعجع); not past a word of its own
        (السلطات السورية القبض على سليمان الأسد: the body acts on him) or a conjunction."""
        for at in range(stop, min(len(toks), stop + 3)):
            if toks[at].start in self.person_starts:
                return True
            w = words[at]
            if w[:1] == "و" or not (w in _HONORIFICS or self.kb.cue_kind(w) == "title" or w in _FORMER
                                    or self.kb.adjective_of(w) is not None or self.kb.nationality_of(w) is not None
                                    or (w.startswith("ال") and w.endswith(("ه", "ي")))):  # (المؤقتة)
                return False
        return False

    def _acts_on_name(self, toks, words: list[str], a: int, stop: int) -> bool:
        """The body named by a group noun at words[a:stop] (الشرطة البريطانية) is right before a
        person's name, in no title (not after رئيس or حزب): the body acts on that person
        ("اعتقلت الشرطة البريطانية أنجم شوداري"), no role of the name's."""
        if not (0 < a and stop < len(toks) and toks[stop].start in self.person_starts and self.kb.group_of(words[a:a + 1])):
            return False
        before = words[a - 1][1:] if words[a - 1][:1] in "وف" and len(words[a - 1]) > 3 else words[a - 1]
        return not (self.kb.role_of([before]) or self.kb.org_head(before))

    def nominal_actor(self, article: Article, toks, words: list[str], i: int, hi: int) -> dict | None:
        """An unnamed actor starting in words[i:hi]: a role or group noun with a
        nationality after it (مستشارين عسكريين قطريين, قوة إسرائيلية خاصة, نظيره الأردني),
        or a group noun that names an actor alone (المتظاهرون, مسلحون, قوات الأمن)."""
        k = self.kb
        for a in range(i, min(hi, i + 4)):
            if toks[a].start in self.inside_names:
                continue
            nxt = a + 1
            while nxt < min(len(words), a + 3) and words[nxt] in _HONORIFICS:
                nxt += 1  # "اللواء الركن فهد القحطاني": a rank's qualifier between it and the name
            if nxt < len(toks) and toks[nxt].start in self.person_starts and k.cue_kind(words[a]) == "title":
                continue  # "وزير الخارجية الأستاذ عادل الجبير": the title of the person named, no one else
            if a > 0 and words[a].startswith("ال") and words[a].endswith(("ي", "يه")) \
                    and strip_article(words[a - 1]) != words[a - 1] and not k.nationality_of(words[a]) \
                    and not (k.role_of([words[a - 1]]) or k.group_of([words[a - 1]]) or k.people_of(words[a - 1])):
                continue  # a nisba adjective agreeing with the noun before it: المكتب الإعلامي, المؤتمر الصحافي
            if a > 0 and words[a].startswith("ال") and words[a].endswith(("ي", "يه")) and toks[a - 1].end in self.org_ends \
                    and not k.nationality_of(words[a]):
                continue  # "مركز الأمير فهد بن سلمان الإعلامي": an adjective of the body named before it
            if a > 1 and words[a].startswith("وال") and words[a].endswith(("ي", "يه")) \
                    and all(v.startswith(("ال", "وال")) and v.endswith(("ي", "يه")) for v in words[a - 1:a]) \
                    and not (k.role_of([words[a - 1]]) or k.group_of([words[a - 1]])) \
                    and not k.nationality_of(words[a][1:]) and not k.nationality_of(words[a - 1]):
                continue  # "التكامل الاقتصادي والسياسي والإعلامي", "المجال الثقافي والإعلامي": the last of
                # adjectives joined by و, no journalist (but "الصحفي والإعلامي": two persons' words)
            if a > 0 and words[a] in _PRESS_ADJECTIVES and _bare(words[a - 1]) in _PRESS_NOUNS:
                continue  # "في بيان صحفي": a press statement, no journalist
            if a > 0 and strip_article(words[a]) in k.group_adjectives \
                    and ((words[a].startswith("ال") and strip_article(words[a - 1]) != words[a - 1])
                         or (words[a].endswith("ا") and words[a - 1].endswith("ا"))
                         or (words[a].endswith("ه") and not _definite(words[a - 1]) and (words[a - 1].endswith("ه") or (
                             words[a - 1].endswith("ات") and (words[a - 1] in _CAMPAIGNS or any(
                                 x.noun for x in _starting(words[a - 1])))))
                             and words[a - 1] not in _person_nouns())) \
                    and not (k.role_of([words[a - 1]]) or k.group_of([words[a - 1]]) or k.people_of(words[a - 1])):
                continue  # "السلوك المتطرف", "عملا إرهابيا", "عملية انتحارية": extremist behaviour, a terrorist
                # act, a suicide operation
            if _bare(words[a]).startswith(_CHARGING) and k.group_of([words[a]]) is not None and (
                    (a > 0 and words[a - 1] in ("،", ",")) or (a + 1 < len(words) and words[a + 1].startswith("ايا"))
                    or (a > 0 and words[a - 1] in _PREDICATE_PRONOUNS)):
                continue  # "، متهمين إياه بمسؤوليته": accusing, a participle after a comma, no suspects (nor what
                # one named is said to be: "اعتقال التنزاني أحمد خلفان غيلاني ... وهو متهم بالضلوع")
            if a > 0 and words[a - 1] in _RANK_WORDS:
                continue  # "رجل أمن متقاعد برتبة جندي": the rank of one named before, no one else
            if a > 0 and words[a - 1] in _NOT_BEING:
                continue  # "الذين أطلقوا النار مجرمون وليسوا محتجين": what they are not, no one
            if a > 0 and strip_article(words[a]) in _ARMED_ADJECTIVE and _definite(words[a]) == _definite(words[a - 1]) \
                    and any(x.noun for x in _starting(words[a - 1])):
                continue  # "كمين مسلح نصبته المقاومة"، "هجوم مسلح": an armed ambush or attack, no gunman
            if a + 1 < len(words) and (words[a + 1] in _SPORT or _bare(words[a + 1]) in _SPORT) \
                    and (k.group_of(words[a:a + 1]) or (0, ""))[1] == "UAF":
                continue  # "أرتورو فيدال مهاجم المنتخب ويوفنتوس الإيطالي": a striker of a team, no attacker
            if a > 0 and words[a - 1] in _ABOARD:
                continue  # "انتقل الوفد ... على متن طائرة عُمانية": the craft that carries them, no actor
            if strip_article(_bare(words[a])) in k.group_adjectives and a + 1 < len(words) \
                    and k.nationality_of(words[a + 1]) and (
                        (words[a].endswith("ه") and not words[a + 1].endswith("يه"))
                        or (words[a][:1] in "بل" and _bare(words[a]) != words[a])):
                continue  # "وزير الخارجية الإيراني": the nationality agrees with the minister, whose
                # ministry is in his title; so is one behind بـ: "وزيرة الدولة بالداخلية الألمانية"
            if strip_article(_bare(words[a])) in k.group_adjectives and (k.group_of([words[a]]) or (0, ""))[1] == "GOV" \
                    and (not _definite(words[a]) or (a > 0 and (
                        k.role_of([words[a - 1]]) or k.group_of([words[a - 1]]) or k.org_head(words[a - 1])
                        or _facility_head(words[a - 1])))):
                continue  # a ministry named by its adjective alone (الخارجية المصرية) is one only with
                # the article and in construct with nothing: "رجال الداخلية", "مقر وزارة الخارجية الأميركية"
            if a > 0 and (_among(words[a - 1], _DOMAIN) or _among(words[a - 1], _CARRIERS)):
                continue  # "إدارة شؤون المعلمين": a field of an office, not teachers acting; "ناقلة جنود": a vehicle
            if a > 0 and (k.org_head(words[a - 1]) or (None,))[0] == "PARTY" and k.group_of(words[a:a + 1]):
                continue  # "رئيس حزب القوات اللبنانية": a party's name, no forces
            if (k.group_of(words[a:a + 1]) or (0, ""))[1] == "LEG" and (
                    (a > 0 and _bare(words[a - 1]) in _CHAMBER_WORDS)
                    or (not _definite(words[a]) and a + 1 < len(words) and not k.nationality_of(words[a + 1])
                        and (_definite(words[a + 1]) or k.org_head(words[a + 1]) or k.role_of([words[a + 1]])))):
                continue  # "مجلس النواب", "مجلسي النواب والشيوخ", "مجلس نواب الشعب": a chamber's name, no members;
                # "نواب الكونغرس", "نواب المعارضة", "نواب كتلة حزبه": members named by the body they are of, its
                # entity; "نواب رئيس الوزراء": the deputies of a title, no lawmakers
            if a > 0 and (strip_article(_bare(words[a - 1])) in _AREA_HEADS
                          or strip_article(_bare(words[a - 1])) in gazetteer().settlement_heads):
                continue  # "في منطقة الشرطة الرابعة", "حي الشرطة": a district's name, no one
            if a > 0 and _facility_head(words[a - 1]) and k.group_of(words[a:a + 1]) is None:
                continue  # "في مسجد الإمام الصادق", "مستشفى الملك فيصل": a place named after a title, no one
                # (but "مسجد قوات الطوارئ": the forces' mosque, theirs)
            if words[a].endswith("ا") and words[a][:-1] in k.verb_roles and a + 1 < len(words) \
                    and words[a + 1] == "من" and not (a > 0 and k.is_count(words[a - 1])):
                continue  # "طالبًا من الأتراك التعاطي بهدوء": asking the Turks, no student
            if (words[a][1:] if words[a][:1] in "وف" else words[a]) in k.verb_roles and a + 1 < len(words) \
                    and (toks[a + 1].start in self.person_starts or (
                        _definite(words[a + 1]) and k.role_of([words[a + 1]]) is not None)):
                continue  # "بدوره طالب الصحافي سعيد معتوق": the verb (demanded) before its subject, no student
            body = self._body_by_first_word(words, a, toks[a].start) \
                if (words[a][1:] if words[a][:1] in "وف" else words[a]) in _ANAPHORIC_BODIES \
                or ("ال" + words[a][2:] if words[a][:2] == "لل" else "") in _ANAPHORIC_BODIES else None
            if body is not None:
                # "إن التنظيم هاجم مواقع للجيش": "the organisation", the armed one the article named before
                # (behind ل too: "ضربات جوية على مواقع للتنظيم")
                return {"entity": None, "text": toks[a].text, "country": body["country"], "sector": body["sector"],
                        "canonical": body["canonical"]}
            hit = k.role_of(words[a:a + k.role_max_words])
            if hit is None and len(words[a]) > 3 and words[a][0] == "و" and words[a][1:] not in k.verb_roles \
                    and k.role_of([words[a][1:]]) is not None:
                # "عقد الأمير محمد بن سلمان ووزير الدفاع الأمريكي اجتماعا": a role behind the و that
                # joins it to the one named before
                hit = k.role_of([words[a][1:]] + words[a + 1:a + k.role_max_words])
            if hit is None and len(words[a]) > 4 and words[a][0] == "ب" and not _definite(words[a][1:]) \
                    and k.role_of([words[a]]) is None and (behind := k.role_of([words[a][1:]] + words[a + 1:a + k.role_max_words])) \
                    and k.group_of([words[a][1:]]) is None:
                hit = behind  # "اجتمع السيسي بوزير الدفاع الأمريكي", "التقى برئيس الوزراء": a role in construct
                # behind بـ, written on it with no article (not a body of men: "الاستعانة بقوات خارجية", "الدفع
                # بشرطة مسلحة" are what is called in)
            if hit and hit[0] == 1 and toks[a].text.endswith("ه"):
                continue  # "رفض طلبه": his request, no students (طلبة); no listed role ends in ه
            if hit is None and _is_counterpart(words[a]) and a + 1 < len(words) and k.nationality_of(words[a + 1]):
                hit = (1, "GOV")  # "نظيره الأردني": his Jordanian counterpart, an official
            if hit and hit[0] == 1 and not _definite(words[a]) and words[a] not in k.listed_roles \
                    and (g := k.group_of(words[a:a + 1])) and not g[2]:
                hit = None  # "ظهور معارضة قوية": opposition, a stance; a group only with a nationality
                # (groups.tsv alone "no": معارضة سورية), whatever the role listed with the article is
            if hit:
                hit = self._construct_role(toks, words, a, hit)
            if hit:
                n, sector = hit
                alone = sector not in ("GOV", "LEG", "JUD", "PTY")
            else:
                group = k.group_of(words[a:a + k.group_max_words])
                if not group:
                    people = k.people_of(words[a]) or (
                        k.nationality_of(words[a]) if a > 0 and not _definite(words[a]) and words[a][-1:] == "ي"
                        and (words[a - 1][:1].isdigit() or k.is_count(words[a - 1])) else None)
                    if people:  # "أحد التونسيين", "مقتل عراقيين": a nationality naming people (and its
                        # singular after a count of a hundred or more: "بترحيل 300 يمني")
                        # counted, they are people, not their state: "وصل 120 يمنيا عالقا", civilians
                        # (or a count before the noun it qualifies: "80 مصابا يمنيا")
                        counted = a > 0 and (k.is_count(words[a - 1]) or (a > 1 and k.is_count(words[a - 2])))
                        whole, read = k.nationality_at(words, a)
                        if whole and read > 1 and whole != people:
                            # "الكوريين الشماليين": a qualifier after the people names another nation
                            return {"entity": None, "text": article.text[toks[a].start:toks[a + read - 1].end],
                                    "country": whole, "sector": "CVL" if counted else None}
                        return {"entity": None, "text": toks[a].text, "country": people,
                                "sector": "CVL" if counted else None}
                    continue
                n, sector, alone = group
                if n == 1 and toks[a].text.endswith("ه"):
                    continue  # "وحده" alone: a pronoun on a word, not the unit (وحدة); no listed group ends in ه
                if n == 1 and strip_article(_bare(words[a])) in _UNITY and a + 1 < len(words) \
                        and strip_article(words[a + 1]) in _NATIONAL:
                    continue  # "حكومة وحدة وطنية فلسطينية": national unity, no military unit
                body = self._body_by_first_word(words, a + n, toks[a].start) \
                    if n == 1 and not _definite(words[a]) and a + 1 < len(words) and _definite(words[a + 1]) else None
                if body is not None:
                    # "مسلحي المقاومة": the fighters of a body the article names in full (المقاومة الشعبية)
                    return {"entity": None, "text": article.text[toks[a].start:toks[a + 1].end],
                            "country": body["country"], "sector": body["sector"], "canonical": body["canonical"]}
            if k.unplaced(article.text[toks[a].start:toks[a + n - 1].end]):
                # "رفض المجتمع الدولي للتوسع الإيراني": a group of many states takes no nationality after it
                literal = " ".join(words[a:a + n]) in k.groups
                return {"entity": None, "text": article.text[toks[a].start if literal else _trim_start(toks[a], 0):
                                                             toks[a + n - 1].end], "country": None, "sector": sector}
            end = a + n
            group_country = None  # the country of the armed group a second noun names (مسلحين حوثيين)
            group_name = None  # and that group's name: the same side as the group named in full
            if end < len(words) and not words[end].startswith("و"):
                same = k.group_of(words[end:end + 1])
                if same and same[0] == 1 and (same[1] == sector or (
                        same[1] in _ARMED and sector in _ARMED and _definite(words[end]) == _definite(words[end - 1])
                        and ((words[end][-2:] == words[end - 1][-2:] and words[end][-2:] in ("ين", "ون"))
                             or (words[end].endswith("يا") and words[end - 1].endswith("ا"))
                             or (words[end].endswith("يه") and words[end - 1].endswith("ات"))))):
                    end += 1  # "مهاجم انتحاري", "مسلحين حوثيين", "مسلحا حوثيا": a second noun of the same kind
                    # describes the first (and names the group of gunmen: REB, not UAF; "القوات
                    # الانفصالية": separatist forces, REB)
                    if words[end - 1].endswith("يه") and same[1] in _ARMED:
                        sector = same[1]
                    elif same[1] in _ARMED and sector in _ARMED:
                        sector = same[1] if sector == "UAF" else sector  # ("المتمردون الحوثيون": of the group named)
                        named_group = k.actor(words[end - 1]) or (
                            k.actor(words[end - 1][:-1] + "ين") if words[end - 1].endswith("يا") else None)
                        group_country = named_group.country if named_group is not None else None
                        group_name = named_group.name if named_group is not None else None
                elif not same and sector in ("CVL", "UAF") and (k.role_of([words[end]]) or (0, ""))[1] == "UAF" \
                        and _definite(words[end]) == _definite(words[end - 1]):
                    end += 1  # "أشخاص مجهولين", "مسلحين مجهولين": unknown men, one party of gunmen
                    sector = "UAF"
                elif not same and sector in _ARMED and words[end].endswith(("يه", "ي")) \
                        and _definite(words[end]) == _definite(words[end - 1]) \
                        and (named_group := k.actor(words[end])) is not None and named_group.type == "ORG" \
                        and named_group.sector in _ARMED and named_group.country:
                    # "الميليشيات الحوثية", "القوات الحوثية": an adjective of an armed group's name
                    end += 1
                    sector, group_country, group_name = named_group.sector, named_group.country, named_group.name
            # the nationality right after, or after one modifier (قوة إسرائيلية / وحدة خاصة إسرائيلية)
            country, stop = group_country, end
            reach = 1 if hit is None and n == 1 and words[a] in k.group_adjacent else 2
            for b in range(end, min(len(words), end + reach)) if group_country is None else ():
                country, read = k.nationality_at(words, b)
                if country and (not _agrees(toks, words, end, b) or (
                        b > end and words[end - 1].endswith(("ون", "ين")) and words[b].endswith(("ه", "ة")))):
                    country = None  # "وحمل المتظاهرون أعلاما تركية": the flags' nationality (and "هاجم مسلحون
                    # قرية تشادية": the village's, a feminine one past the men's plural)
                    break
                if country:
                    stop = b + read  # (past a qualifier: كورية شمالية)
                    break
                if b == end and words[b] in k.group_adjacent and _definite(words[b]) and not _definite(words[end - 1]):
                    continue  # "مروحيات النظام السوري": the craft of the regime the nationality names
                if not words[b][:1].isalpha() or words[b] in _TARGET_PREPS or k.is_count(words[b]) \
                        or k.role_of([words[b]]) or k.group_of([words[b]]) or (_definite(words[b]) and _starting(words[b])) \
                        or (hit is not None and words[b][:1] == "ل"
                            and (_behind_bi_or_li(words[b]) or words[b].startswith("لل"))):
                    break  # "مسلحون جنديا باكستانيا", "مسلحون خمسة بريطانيين": the nationality is the next actor's
                    # (or an event's the noun after names: "وأدان الوزير القصف الروسي", "أشاد الوزير بالدعم السعودي")
                    # ("وزير الدفاع للمملكة الأردنية": of the place the visit is to, after a role; but
                    # "مسؤولون بالمفوضية الأوروبية", "ثكنة للدرك التركي": of the body they belong to)
            if country is None and (sector in _ARMED or sector == "GOV") and end + 1 < len(words) and words[end][:1] == "و" \
                    and len(words[end]) > 3 and _definite(words[end][1:]) and k.group_of([words[end][1:]]):
                # "من الجيش والحكومة الأميركية", "الجيش والشرطة العراقية": the nationality after the second of two
                # bodies joined by و is the first's too
                country = k.nationality_at(words, end + 1)[0]
            if country is None and sector in _ARMED and (led := _led_by(words, end)) < len(toks):
                # "القوات التي تقودها الولايات المتحدة", "قوات بقيادة السعودية": forces are of the state that
                # leads them
                leader = self.place_at.get(toks[led].start) or self.named_at.get(toks[led].start)
                if leader is not None and leader.get("country"):
                    country = leader["country"]
            if country is None and hit is not None and end < len(toks) and toks[end - 1].start in self.place_at and n > 1 \
                    and self.place_at[toks[end - 1].start]["end"] > toks[end - 1].end:
                end -= 1  # "أمير منطقة القصيم": the role's last word begins the place's name
            seat = self.place_at.get(toks[end].start) if country is None and end < len(toks) \
                and hit is not None and not _definite(words[end - 1]) and not _behind_bi_or_li(words[end]) \
                and not (a > 0 and (k.role_of([words[a - 1]]) or toks[a - 1].end in self.person_ends)) else None
            # (the role in construct with the place, no preposition between: not "وزير الدفاع للأردن";
            # not in another's title: "مستشار أمير منطقة مكة المكرمة ... الدكتور سعد مارق"; nor a
            # role right after a name, the name's: "الأمير سعود بن نايف أمير المنطقة الشرقية")
            if seat is not None:
                # "أمير منطقة الرياض", "محافظ جدة": an official of the place named right after the role
                country = seat["country"]
                stop = end
                while stop < len(toks) and toks[stop].start < seat["end"]:
                    stop += 1  # (past the place's tokens)
                holder = self._holder(article.text, article.text[toks[a].start:toks[stop - 1].end])
                if holder is not None:  # "ودعا أمير منطقة عسير": the one the article names with that role
                    return {**_actor(holder), "text": article.text[toks[a].start:toks[stop - 1].end]}
            if country is None and not alone and sector == "MIL" and not (a > 0 and _among(words[a - 1], _USE)) \
                    and not (words[a].endswith("يا") and not (a > 0 and (k.is_count(words[a - 1])
                                                                         or words[a - 1][:1].isdigit()))):
                # (not an adverb spelt as a counted noun: "منها عسكريا ذلك أن التحالف", militarily)
                # "الجيش الإسرائيلي كان يرصد ... حتى هاجمتهم قوة": a unit with no nationality of
                # its own belongs to the army the sentence named before it
                country = next((e["country"] for e in reversed(article.entities)
                                if toks[0].start <= e["start"] < toks[a].start and e.get("sector") == "MIL"
                                and e.get("country")), None)
            if country is None and not alone:
                return None
            if hit is not None and country is None and any(
                    e["type"] == "PER" and e.get("role") and toks[stop - 1].end < e["start"]
                    <= toks[min(len(toks) - 1, stop + 9)].end and fold(e["role"]).split() == words[a:a + n]
                    for e in article.entities):
                return None  # the title of the one named after its body: "الرئيس التنفيذي للهيئة الملكية بينبع
                # الدكتور علاء نصيف" (the actors stage's reading: the name's role); the name is the actor
            if country and not self._acts_on_name(toks, words, a, stop) and (
                    self._apposed_name(toks, words, stop) if self.kb.group_of(words[a:a + 1]) else any(
                        e["type"] == "PER" and toks[stop - 1].end < e["start"] <= toks[min(len(toks) - 1, stop + 1)].end + 1
                        for e in article.entities)):
                return None  # a role in apposition to a name: the name is the actor (not a body
                # after its verb: "اعتقلت الشرطة البريطانية شوداري ورحمان", whom the police arrested;
                # but "رئيس حزب القوات اللبنانية سمير جعجع": the party's name in his title)
            named = self.named_at.get(toks[a].start)
            if named is not None and named["end"] > toks[stop - 1].end:
                return _actor(named)  # "قوات التحالف", "ميليشيات الحوثي": the body named there, whole
            cut = next((c for c in range(3) if _is_counterpart(words[a][c:]) and words[a][c:c + 1] == "ن"), 0)
            # (a role or a group listed as written keeps its first letter: "ولي العهد", no و + لي; "والد")
            literal = " ".join(words[a:a + n]) in (k.roles if hit is not None else k.groups)
            text = article.text[toks[a].start if literal else _trim_start(toks[a], cut):toks[stop - 1].end]
            if named is not None and named["end"] == toks[stop - 1].end and named["type"] == "PER":
                return {**_actor(named), "text": text}  # "أمير منطقة عسير": a mention of the one named with it
            if group_name is not None and country == group_country:
                # (one side with the group named in full: "الميليشيات الحوثية" and "الحوثيين")
                return {"entity": None, "text": text, "country": country, "sector": sector, "canonical": group_name}
            return {"entity": None, "text": text, "country": country, "sector": sector}
        return None


@stage("events", needs=("entities", "tokens", "sentences", "dates", "quotes"), sets=("events",))
def make_events(settings: Settings):
    """PLOVER events with actors, place, date, modality, attribution and evidence."""
    _triggers()
    _modality()
    _agent_cues()
    coder = EventCoder()
    threshold = float(settings.get("events", "detect_threshold", 0.4))
    per_type = {t: float(v) for t, v in (settings.get("events", "detect_thresholds", {}) or {}).items()}
    rescue = float(settings.get("events", "detect_rescue", 0.0))
    rescue_protest = float(settings.get("events", "detect_rescue_protest", 0.0))
    sport_blind = frozenset(check_types(settings.get("events", "sport_blind", []) or [], "[events] sport_blind"))
    heading_words = int(settings.get("events", "heading_words", 0))
    stand_alone = settings.get("events", "stand_alone", None)
    stand_alone = None if stand_alone is None else frozenset(check_types(stand_alone, "[events] stand_alone"))
    coded_actor = bool(settings.get("events", "coded_actor", False))
    political = frozenset(settings.get("events", "political_actor", []) or [])
    check_types({x.split("/")[0] for x in political}, "[events] political_actor")
    political_sectors = frozenset(settings.get("events", "political_sectors", []) or [])
    commentary = frozenset(check_types(settings.get("events", "commentary_types", []) or [],
                                       "[events] commentary_types"))
    bad = political_sectors - SECTORS
    if bad:
        raise ConfigError(f"[events] political_sectors: unknown PLOVER sector(s) {', '.join(sorted(bad))}")

    def events(article: Article) -> Article:
        toks = article.tokens
        starts = [t.start for t in toks]
        ents = sorted(article.entities, key=lambda e: e["start"])
        ent_starts = [e["start"] for e in ents]
        ent_start = {e["id"]: e["start"] for e in ents}
        detectors = _detectors()
        coder.read_names(article, starts)
        out: list[dict] = []
        prev_subject: dict | None = None
        focus: tuple | None = None  # the country of the body, when the dateline is elsewhere (once asked)
        # who signs or files the report ("أيمن حسن – سبق:") takes no part in what it tells
        byline = article.extra.get("dateline_end", 0)
        # an article about sport (words of sport, at least three and one in a hundred) tells
        # matches, camps and transfers in sentences with none too ("وصلت بعثة الحكام إلى التشيك");
        # counted once, the first time a sentence has a trigger of a sport-blind type
        about_sport: list[bool] = []

        def sport_article() -> bool:
            if not about_sport:
                norms = [t.norm for t in toks]
                # (words and their clitic-free forms, each looked up by one C-level map)
                sporty = sum(map(_SPORT.__contains__, norms)) + sum(
                    b in _SPORT for w, b in zip(norms, lookup_all(_BARE, _bare, norms)) if w not in _SPORT)
                about_sport.append(sporty >= _SPORT_ARTICLE and sporty * 100 >= len(toks))
            return about_sport[0]
        accident: list[bool] = []

        def accident_story() -> bool:
            if not accident:
                accident.append(_accident_headline(article.title))
            return accident[0]
        for n_sent, (s, e) in enumerate(article.sentences):
            a, b = bisect_left(starts, s), bisect_left(starts, e)
            sent = toks[a:b]
            if "/" in article.text[s:e]:
                # the slash of an official formula ("أقدم/ مقرب بن سعد على قتل/ طلال") or between two names
                # of a month (نيسان/ إبريل) parts nothing the rules read
                sent = [t for t in sent if t.norm != "/"]
            words = _clitics_rejoined([t.norm for t in sent])
            found = find_triggers(words)
            # (scripture or verse quoted fully vocalised tells no event: "أُخِذُوا وَقُتِّلُوا تَقْتِيلا")
            found = [x for x in found if not _vocalised(sent, x[0])]
            if not found or (n_sent and _subheading(article.text, s, e, sent, heading_words)):
                continue
            sent_ents = ents[bisect_left(ent_starts, max(s, byline)):bisect_left(ent_starts, e)]
            if sent_ents:
                # a trigger word inside a name is not an event (طالبان, مجلس التعاون الخليجي)
                inside = [(x["start"], x["end"]) for x in sent_ents if x["type"] in ("PER", "ORG")]
                found = [x for x in found if not any(a < sent[x[0]].end and sent[x[0]].start < b
                                                     for a, b in inside)]
                if not found:
                    continue
            # nor one that a word after it makes a body's name the tagger missed (اللقاء الديمقراطي)
            found = [x for x in found if not (x[2].noun and x[1] < len(words) and words[x[1]] in _NAME_AFTER
                                              and _definite(words[x[0]]))]
            if not found:
                continue
            sentence_text = article.text[s:e]
            mods = {(i, j): modality_of(words, i, j, sentence_text, not t.noun, t.type in _TOPICAL_TYPES)
                    for i, j, t in found}
            for i, j, t in found:
                if t.type == "CONSULT" and t.noun and mods[i, j] == "asserted" and _future_predicate(words, i, j):
                    mods[i, j] = "future"  # "المباحثات سوف تتطرق إلى", "القمة ستبحث": talks still to come
                elif t.type == "REJECT" and mods[i, j] == "asserted" and i > 0 \
                        and (_complementizer(words[i - 1]) or (i > 1 and words[i - 1] in _QUOTES
                                                               and _complementizer(words[i - 2]))) \
                        and _future_predicate(words, i, j, 9):
                    # "حذر أوباما من أن رفض الكونجرس للاتفاق النووي مع إيران سيؤدي إلى حرب": a refusal whose
                    # consequence is told to come has not been made
                    mods[i, j] = "hypothetical"
                elif t.type in _PURPOSES and mods[i, j] == "asserted" and words[i][:1] == "ل" \
                        and _bare(words[i]) != words[i] and any(
                            x[2].type == "CONSULT" and not x[2].destination and i - 8 <= x[1] <= i
                            and "،" not in words[x[1]:i] for x in found):
                    # "عقد الوزيران اجتماعا لتنسيق المواقف": what a meeting is for is still to come
                    # (not what arrives to support: "وصلت تجهيزات عسكرية لدعم الجيش" is support given)
                    mods[i, j] = "future"
                elif t.mode == "arrest" and t.noun and mods[i, j] == "asserted" and words[i][:1] == "ل" \
                        and _bare(words[i]) != words[i] and i > 0 and not any(
                            _bare(w).startswith(_UNDERGO) or _bare(w) in _RESULTS or _bare(w).startswith(_ATTAINING)
                            or _bare(w) in _MANAGING or strip_article(_bare(w)) in _FORCE_USED
                            for w in words[max(0, i - 5):i]) and strip_article(words[i - 1]) not in _NEIGHBOUR_TIMES:
                    # "عمليات البحث والتحري جارية لتحديد هوية المتورطين، للقبض عليهم وتقديمهم للعدالة": an
                    # arrest that is a purpose is still to come (not one suffered or led to: "تعرض الصحفي
                    # للاعتقال", "أدت التحريات للقبض على"; nor one force was used in, "استخدمت القوة
                    # لاعتقال أطفال", nor one that dates another, "في اليوم السابق لاعتقالهم")
                    mods[i, j] = "future"
                elif t.noun and t.type in _REFUSED_DOING and mods[i, j] == "asserted" and not _definite(words[i]) \
                        and any(not x[2].noun and x[2].type == "REJECT" and i - 5 <= x[1] <= i
                                and not any(v in ("،", ",", ".") or v in _COMPLEMENTIZERS for v in words[x[1]:i])
                                for x in found):
                    # "ورفضت جنوب افريقيا الشهر الماضي اعتقال البشير": what one refused to do was not done (but
                    # what one rejects another's doing may have been: "ترفض الاعتداء على", with the article)
                    mods[i, j] = "negated"
            # a state of emergency over a disaster, or in hospitals, is no coercion (حالة الطوارئ إثر
            # اتساع حرائق الغابات, حالة الطوارئ في مستشفيات المنطقة, بعد أن دمرت السيول معظم الجسور)
            trig = [x for x in found if not (x[2].mode == "martial-law" and _over_disaster(words, x[1]))]
            # an alert in a hospital or over a storm is no call-up of forces (شهد المستشفى حالة
            # استنفار بعد إصابة عدد من المرضى، عاصفة ترابية ... واستنفار المرور)
            trig = [x for x in trig if not (x[2].type == "MOBILIZE" and x[2].noun and _health_or_disaster(words))]
            # a verb does not take tanween: فجراً is "at dawn", not "exploded"
            trig = [x for x in trig if x[2].noun or not sent[x[1] - 1].text.endswith(_TANWEEN)]
            # "مهاجم انتحاري": a trigger noun that also names a group, right after a group
            # noun, describes that actor; it is not an event of its own
            trig = [x for x in trig if not (x[2].noun and x[1] == x[0] + 1 and x[0] > 0
                                            and coder.kb.group_of([words[x[0]]])
                                            and (coder.kb.group_of([words[x[0] - 1]])
                                                 or coder.kb.role_of([words[x[0] - 1]])))]
            if sport_blind and any(x[2].type in sport_blind for x in trig) \
                    and (any(_among(w, _SPORT) and not _key_player(words, k) for k, w in enumerate(words))
                         or sport_article()):
                # "لقاء الفريقين", "توقيع اللاعب": a match or a transfer is no political event
                trig = [x for x in trig if x[2].type not in sport_blind]
            # "يقودها انتحاري", "نفذه انتحاري": a trigger noun that names a group, right
            # after an agent cue, is who carried the event out, not an event of its own
            trig = [x for x in trig if not (x[2].noun and coder.kb.group_of([words[x[0]]])
                                            and any(_agent_cue_at(words, x[0] - n) == n
                                                    for n in range(1, min(3, x[0]) + 1)))]
            # "وقتل 12 من عناصره بينهم ثلاثة انتحاريين": a trigger noun that names a group, counted among the
            # dead, is of the victims, no attack of its own
            trig = [x for x in trig if not (x[2].noun and x[1] == x[0] + 1 and coder.kb.group_of([words[x[0]]])
                                            and any(_bare(v) in _AMONG_THEM for v in words[max(0, x[0] - 3):x[0]]))]
            # "انفجار الأسعار", "انفجار سكاني": an attack noun as a figure of speech is no attack
            trig = [x for x in trig if not (x[2].type == "ASSAULT" and x[2].noun and x[1] < len(words)
                                            and words[x[1]] in _FIGURATIVE)
                    and not (x[2].type == "ASSAULT" and not x[2].noun and _figurative_object(words, x[1]))]
            # "الشهادة التي يبحث عنها كل مسلم": a verb of talks before عن with a pronoun searches
            trig = [x for x in trig if not (x[2].type == "CONSULT" and not x[2].noun and x[1] < len(words)
                                            and words[x[1]] in _SEARCHED_FOR)]
            # "الذي رفض نشر اسمه": who keeps his own name back rejects nothing
            trig = [x for x in trig if not (x[2].type == "REJECT" and not x[2].noun
                                            and x[1] < len(words) and words[x[1]] in _DISCLOSING
                                            and any(w in _OWN_NAME for w in words[x[1]:x[1] + 3]))]
            # "دعا ذلك القذافي لوصف متطرفي المدينة": what "that" prompted is no call (not "ذلك المسؤول": that official)
            trig = [x for x in trig if not (x[2].type == "REQUEST" and not x[2].noun and x[1] + 1 < len(words)
                                            and words[x[1]] == _DEMONSTRATIVE_THAT and not (coder.kb.role_of([words[x[1] + 1]])
                                                                              or coder.kb.group_of([words[x[1] + 1]])))]
            # "من الأسباب التي دعت الأوروبيين إلى الاهتمام": what reasons prompted is no call
            trig = [x for x in trig if not (x[2].type == "REQUEST" and not x[2].noun and x[0] > 1
                                            and words[x[0] - 1] in _RELATIVES
                                            and strip_article(words[x[0] - 2]) in _REASONS)]
            # "رفض وزير الخارجية المصري التعليق": who refuses to comment rejects nothing
            trig = [x for x in trig if not (x[2].type == "REJECT" and not x[2].noun and _refused_comment(words, x[1]))]
            # "وبتوقيع الرئيس التونسي على هذا القانون": a law or a decree signed is no agreement
            trig = [x for x in trig if not (x[2].type == "AGREE" and x[2].noun and _signed_law(words, x[1]))]
            # "يهدد فرص النمو", "ويهدد مصداقية الولايات المتحدة": what endangers a thing threatens no one
            trig = [x for x in trig if not (x[2].type == "THREATEN" and not x[2].noun and x[1] < len(words)
                                            and (strip_article(_bare(words[x[1]])) in _ENDANGERED
                                                 or (words[x[1]][:1] == "ب" and strip_article(words[x[1]][1:]) in _CALAMITY)))]
            # ("تهدد بتفشي الأمراض", "يهدد بكارثة": warns of a calamity, no one's threat)
            # "مقتل 36 في غرق عبارة", "إثر انهيار منزل": a death an accident caused is no attack
            attacks = {x[0] for x in trig if x[2].type == "ASSAULT"}
            trig = [x for x in trig if not _by_accident(words, x, attacks)
                    and not (x[2].type == "COERCE" and x[2].noun and x[1] < len(words)
                             and strip_article(_bare(words[x[1]])).startswith(_NATURAL_DISASTERS))]
            # ("مداهمة السيول": the floods' onrush, no raid)
            # "وصلت الصادرات إلى 138 مليارا" is no visit: the visit goes to a place
            trig = [x for x in trig if not x[2].destination
                    or _destination_follows(sent, words, x[1], sent_ents, x[2].noun)]
            # "مساعده" is "his assistant", not "مساعدة" (help), and "دعاة" (advocates) is not "دعاه" (called
            # him): folding wrote both alike
            # (but "زيارته": ة written ت before a pronoun is the noun's own; not of help, whose pronoun is
            # mostly who is helped, a person: "سيتمكن من مساعدته", "ناشدت الجهات مساعدتها")
            trig = [x for x in trig if not (x[2].last_letter and (end := sent[x[1] - 1].text.rstrip(DIACRITICS + TATWEEL))
                                            .endswith(_OTHER_END[x[2].last_letter])
                                            and not (x[2].last_letter == "ة" and end.endswith(_TA_PRONOUNS)))]
            trig = [x for x in trig if not (x[2].noun and sent[x[1] - 1].text.rstrip(DIACRITICS + TATWEEL).endswith(_TA_PRONOUNS)
                                            and _object_pronoun(x[2], words, x[0]))]
            trig = _in_context(coder.kb, trig, words, sent, sent_ents)
            # "أرسلت الحكومة تعزيزات": sending reinforcements is their build-up, told by the noun, no aid;
            # "أرسلت السعودية مساعدات": the aid, told by the noun the verb carries
            # (past the verb's subject: "وأرسلت المملكة العربية السعودية مساعدات طبية")
            trig = [x for x in trig if not (x[2].type == "AID" and x[2].needs_recipient and any(
                y[2].type in ("MOBILIZE", "AID") and y[2].noun and x[1] <= y[0] <= x[1] + 6
                and not any(w in ("،", ",") for w in words[x[1]:y[0]]) for y in trig))]
            # "ورفع المتظاهرون لافتات": those who take part are actors; "تجمع مئات المتظاهرين"
            # tells the protest
            taking_part = [x for x in trig if x[2].needs_gathering and _gathering_in_clause(words, x[0], x[1]) is None]
            trig = [x for x in trig if x not in taking_part]
            # "زار الأمير عددا من المرضى المنومين": a courtesy to the sick, no political visit
            # "استقبلت جوازات المطار عددا من الحجاج": pilgrims welcomed, no political meeting
            trig = [x for x in trig if not (x[2].type == "CONSULT" and (
                _ward_follows(words, x[1]) or _class_follows(words, x[1], 10, _PILGRIMS, _bare)))]
            # "(قتل، تفجير، إرهاب، سبي)": a one-word item of a list of kinds, no event told
            trig = [x for x in trig if not (x[1] == x[0] + 1 and _list_item(words, x[0]))]
            # "وقال في اتصال هاتفي من مقر إقامته": what a speaker told the paper by phone
            trig = [x for x in trig if not (x[2].mode == "phone" and _phone_interview(words, x[0], x[1]))]
            # "دعت الهيئة إلى اتباع الإرشادات": a notice to the public, no political request
            trig = [x for x in trig if not (x[2].type == "REQUEST" and _errand_follows(words, x[1]))]
            # "تعبئة الاستمارة بخط واضح والتوقيع عليها": a step of a notice to applicants, no agreement
            trig = [x for x in trig if not (x[2].type == "AGREE" and _form_signed(words, x[0], x[1]))]
            # "دعم المجلس فعاليات المهرجان": sponsorship of a festival, no political support
            trig = [x for x in trig if not (x[2].type == "SUPPORT" and _class_follows(words, x[1], 12, _FESTIVALS, _bare))]
            # "وفقا لمبادرة السلام العربية", "بموجب اتفاق 2012": an event referred to, none told;
            # "ماجستير بعنوان دور التعاون": what a thesis or a campaign is called
            trig = [x for x in trig if not (x[2].noun and x[0] > 0 and (
                words[x[0] - 1] in _REFERENCE or _titled(words, x[0])))]
            # "فيلما وثائقيا بعنوان «السيناتور أوباما يزور أفريقيا»": a title quoted, whatever the word
            trig = [x for x in trig if not _quoted_title(words, x[0])]
            # "هي اتفاقية إقليمية كبرى", "وهو اتهام تنفيه رواندا": what something is, no event told (an
            # indefinite noun not in construct; "هدفه هو التوصل إلى اتفاق" is the aim, "هو تأييد الرئيس" support)
            # "اعتبر الاتفاق بمثابة تنازل خطير": what it amounts to, noun or verb form alike
            # (and the noun joined to it: "تتسم بالتعاون والتنسيق")
            trig = [x for x in trig if not (x[0] > 0 and (words[x[0] - 1] in _LIKENESS or (
                x[0] > 1 and words[x[0]][:1] == "و" and words[x[0] - 2] in _LIKENESS)))]
            # "لا يمثل مقاتلو التنظيم التهديد الوحيد": a threat something poses, described
            trig = [x for x in trig if not (x[2].type == "THREATEN" and x[2].noun and any(
                _among(w, _CONSTITUTING) for w in words[max(0, x[0] - 6):x[0]])
                and all(w[:1].isalnum() for w in words[max(0, x[0] - 6):x[0]]))]
            # "أجهزة تستخدم في دعم المطار": what a thing is used for, no event
            # (but "الأموال تستخدم لدعم الإرهاب" tells whom it supports)
            trig = [x for x in trig if not (x[2].noun and x[0] > 1 and words[x[0] - 1] == "في"
                                            and words[x[0] - 2] in _USE)]
            # "تربط البلدين علاقات أخوة وتعاون": the ties that bind them, described
            trig = [x for x in trig if not (x[2].noun and x[2].type in ("COOPERATE", "SUPPORT") and any(
                _among(w, _BINDING) for w in words[max(0, x[0] - 5):x[0]]))]
            trig = [x for x in trig if not (x[2].noun and x[0] > 0 and words[x[0] - 1] in _COPULAS
                                            and not _definite(words[x[0]])
                                            and not (x[1] < len(words) and _definite(words[x[1]])))]
            # "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية": what a body is for, in its name
            trig = [x for x in trig if not _body_purpose(sent, words, x[0], x[2], sent_ents)]
            # "انتهاك الاتفاق" names a known agreement; "الاتفاق على وقف النار" is one being made
            trig = [x for x in trig if not x[2].needs_object or not _definite(words[x[0]])
                    or (x[1] < len(words) and _bare(words[x[1]]) in ("علي",))]
            # "انتهاء مدة اتفاق فيينا", "أحالت الإدارة اتفاق إيران النووي": one named by what it is in construct with
            # (sanctions in construct are whose they are: "إعادة فرض عقوبات الأمم المتحدة")
            named = {x[1] for x in trig if x[2].needs_object and x[2].type == "AGREE"
                     and _named_agreement(sent, words, x[0], x[1], sent_ents)}
            # (and the word of its name after it: "اتفاقية الشراكة عبر المحيط الهادي" tells no partnership)
            trig = [x for x in trig if x[1] not in named and x[0] not in named]
            if not trig:
                continue
            feats = None
            probs: dict[str, float] = {}
            nested: set[int] = set()
            for idx, (i, j, t) in enumerate(trig):
                # "الاتفاق على إرسال ...": the inner trigger is what was agreed
                for idx2, (i2, j2, t2) in enumerate(trig):
                    if idx2 != idx and t.type in ("AGREE", "REJECT", "REQUEST", "THREATEN", "SUPPORT") \
                            and j <= i2 <= j + 2 and not (not t.noun and not t2.noun and j == i + 1
                                                          and sent[i].text.endswith(_OBJECT_SUFFIXES)):
                        # (a verb with its object pronoun takes no verb after it as its complement: "المعارضة
                        # التي يدعمها الغرب رفضت المبادرة")
                        nested.add(idx2)
                    elif idx2 != idx and t.type == "REJECT" and t2.type in _REFUSABLE and j <= i2 <= j + 6 \
                            and all(w[:1].isalnum() and w not in _COMPLEMENTIZERS and w not in _DEMONSTRATIVES
                                    for w in words[j:i2]):
                        # "رفضت السفارة الإندونيسية بجدة مجددا توقيع العقود": what the subject after
                        # the verb refused to do, no event of its own (not after an object of its
                        # own or a clause: "رفض ذلك مؤكدا أن فشل الاجتماع")
                        nested.add(idx2)
            absorbed, gone, skip, tolls = _absorbed(trig, words)
            coded_before = len(out)
            sentence_source: list[dict] = []  # the last source coded in this sentence
            source_at = -1  # where the trigger that gave it stands
            arrival: dict | None = None  # the last visit told by a verb in this sentence (وصل، زار)
            caller: list[dict] | None = None  # who made the last phone call told in this sentence
            officials: bool | None = None  # whether it names a political person or body (for visits)
            for idx, (i, j, t) in enumerate(trig):
                if idx in nested or i in gone:
                    continue
                if t.noun and i > 0 and words[i - 1] in _DEMONSTRATIVES and not _definite(words[i - 1]) \
                        and _definite(words[i]) and any(e["type"] == t.type for e in out[coded_before:]):
                    continue  # "نفذ طيران التحالف عددا من الغارات على الرقة، إحدى تلك الغارات تركزت": those told
                    # already in the sentence, no event of their own
                if t.noun and _anniversary_before(words, i):
                    continue  # "في ذكرى مقتل براون", "الذكرى الأولى لاعتقاله": an anniversary tells an event of the
                    # past, none reported (its clause still ends where it stands)
                if t.mode == "visit" and not t.noun and _SHADDA in sent[i].text:
                    continue  # "ويزوّر التقارير الطبية": the doubled waw of forging (زوّر), no visit (زار)
                if t.type == "MOBILIZE" and any(strip_article(_bare(w)).startswith(_VOTE) for w in words[j:j + 3]):
                    continue  # "حشد 60 صوتا": votes gathered, no forces
                if not t.noun and sent[i].text.replace(_FATHA, "").startswith(_FAREWELL_SPELT):
                    continue  # "ودَّعت الجزيرة العربية رجل الدبلوماسية": bade farewell (its shadda), no call (و + دعت)
                if t.type in detectors:
                    if t.type not in probs:
                        model = detectors[t.type]
                        if feats is None or feats[0] != (model.dim, model.ngrams):
                            feats = ((model.dim, model.ngrams), model.features(
                                sentence_text, words, [(i2, j2, t2, mods[i2, j2]) for i2, j2, t2 in found]))
                        probs[t.type] = model.probability_of(feats[1])
                    bar = per_type.get(t.type, threshold)
                    if probs[t.type] < bar - (rescue if t.type in _KILLING else
                                              rescue_protest if t.type == "PROTEST" else 0.0):
                        continue
                low = t.type in probs and probs[t.type] < bar
                mod = mods[i, j]
                # the clause runs to the next trigger, over the absorbed ones and over those
                # that name people (تعتدي على المحتجين: the protesters are the target)
                stop = next((i2 for i2, j2, t2 in trig if i2 > i and i2 not in gone
                             and not (t2.type != t.type and j2 == i2 + 1 and coder.kb.group_of([words[i2]]))
                             and not (t2.type == t.type == "AGREE" and not t.noun and t2.noun and i2 <= j + 2
                                      and not _definite(words[i2]))
                             and not (t.type == "AGREE" and t.noun and t2.type == "COOPERATE" and t2.noun
                                      and i2 <= j + 1 and words[i2][:2] == "لل")  # ("اتفاقية للتعاون العسكري مع فرنسا")
                             and not (t.type == "ACCUSE" and not t.noun and j <= i2 <= j + 4 and t2.noun
                                      and (strip_article(_bare(words[i2])) in _CONDUCT
                                           or (words[i2].endswith("ا") and _bare(words[i2])[:-1] in _CONDUCT))
                                      and (not _definite(words[i2]) or any(
                                          w2 in _RELATIVES for w2 in words[i2 + 1:i2 + 3])))),
                            len(sent))
                # (a condemnation's object that is an act, "أدانت السعودية هجوم الحوثيين على عدن", "أدانت
                # الحكومة العراقية هجوما بدأته تركيا", names whom it condemns after it: the clause runs on over it)
                # "ويأتي الهجوم غداة شنها الطيران الحربي التركي غارات", "تعهدت عقب استعادة القاعدة من
                # المتمردين": the time told by another event; its doers are none of this one's
                stop = _time_of_another(words, j, stop, t.type in _KILLING)
                stop = next((k for k in range(j + 1, stop) if words[k] == "ففي"), stop)  # "عملت المملكة على
                # دعم الشرعية في اليمن ففي أثناء حكم الإمام يحيى ... طلب الملك عبدالعزيز": "so, in ..." opens
                # a sentence of its own, with its own parties
                if t.type in _KILLING:
                    # "مقتل أربعة أشخاص نتيجة إطلاق ميليشيا الحوثي قذائف": the launching that caused it
                    # ends its clause, and who launched is its source (`_cause_authors`)
                    stop = next((k + 1 for k in range(j, stop - 1) if _bare(words[k]) in _CAUSE_WORDS
                                 and _launching_at(words, k + 1)), stop)
                if t.noun and not (i > 0 and _bare(words[i - 1]) in _DURING and not _definite(words[i])
                                   and not sent[i].text.endswith(("ه", "ها", "هم")) and j < len(words)
                                   and (words[j] == "مع" or words[j][:1] == "ل")):
                    # "وتعليقا على زيارة وفد حركة حماس ... إلى المملكة مؤخرا قال الجبير": who speaks
                    # after the noun speaks of it, no party to it (but "خلال لقاء مع جنود ... قال شي",
                    # "خلال زيارة لمقر قيادة عسكري ... شدد أوباما": who speaks during one that names no
                    # one took part; and not a verb of saying negated or in a clause of its own: "عقد
                    # اجتماعا لم يعلن عنه مع نظيره", "ما يفيد بإجراء ديمبسي مباحثات")
                    stop = next((k for k in range(j + 1, stop) if _reporting(words[k])
                                 and words[k - 1] not in _UNSAID_BEFORE and _bare(words[k]) not in _NAMED_VERBS), stop)
                elif not t.noun:
                    # "الاتفاق النووي الذي أبرم في وقت سابق هذا الشهر في فيينا قال نصر الله": who speaks after
                    # a verb, past its clause, speaks of it, no party to it
                    stop = next((k for k in range(j + 2, stop) if _reporting(words[k]) and words[k][:1] not in "ي"
                                 and words[k - 1] not in _UNSAID_BEFORE and _bare(words[k]) not in _NAMED_VERBS
                                 and words[k - 1] not in _RELATIVES and not _time_phrase(words[k - 1:k])
                                 and _bare(words[k - 1]) not in _NOT_EVENTS), stop)  # (not "عام ونصف": a half)
                if t.type == "ASSAULT" and not t.noun and _bare(words[i]).startswith(("هاجم", "يهاجم", "تهاجم")) \
                        and any(_among(w, _SPEECH)
                                for w in itertools.takewhile(lambda v: v not in (".", "؛", ";"), words[j:j + 8])):
                    # "هاجم الوزير المعارضة في تصريحات صحفية": an attack of words, a criticism
                    t = replace(t, type="ACCUSE", mode="disapprove")
                if t.patient and (i == 0 or (t.noun and (words[i - 1] in _RELATIVES or words[i - 1] == "الذين") and not _definite(words[i])
                                             and words[i][:1].isalpha())) \
                        and j < len(words) and words[j].endswith("ون") \
                        and not t.words[0].endswith("ي") \
                        and (coder.kb.group_of([words[j]]) or coder.kb.role_of([words[j]])):
                    # "وخطف مسلحون خمسة بريطانيين": opening the sentence before a subject, the
                    # verb (the noun, "the abduction of", takes the genitive: خطف مسلحين; but a plural
                    # in ى is no verb: "قتلى حوثيون", Houthi dead); so after a relative: "بين الذين قبض عليهم
                    # الحوثيون", whom the Houthis arrested)
                    t = replace(t, noun=False, patient=False)
                elif t.patient and j == i + 1 and _bare(words[i]) in (t.words[0] + "ت", t.words[0] + "وا",
                                                                      t.words[0] + "تا"):
                    # "وخطفت جبهة النصرة ثمانية عناصر": a noun takes no verb's ending
                    t = replace(t, noun=False, patient=False)
                ev = _code(article, coder, sent, words, i, j, t, sent_ents, stop, prev_subject, absorbed.get(idx),
                           skip, tolls)
                if ev is not None and not ev["source"] and sentence_source and (
                        (not t.noun and words[i][:1] == "و" and _bare(words[i]) != words[i])
                        or (t.noun and i > 0 and _joined_plural_verb(words[i - 1]))
                        or (t.noun and i > 0 and words[i - 1][:1] == "و" and words[i - 1][1:] in _LIGHT_VERBS
                            and 0 < i - source_at <= 24)
                        or (t.noun and words[i][:1] == "و" and _bare(words[i]) != words[i] and 0 < i - source_at <= 24
                            and sent[i].text.endswith(_POSSESSIVES))):
                    # (and an event noun behind و whose "his" takes up the one before's doer: "زيارة الأمير
                    # محمد بن سلمان ... للأردن واجتماعه مع جلالة الملك عبدالله الثاني")
                    # "الجيش قتل 31 مسلحا واعتقل 171 آخرين": a verb joined by و shares the subject, as
                    # does a plural one that carries the event noun ("متشددون هاجموا فندقا ... وتبادلوا
                    # إطلاق النار مع قوات الجيش"), and a light verb ("قتلت قوات الأمن التونسي ... إرهابيا وألقت
                    # القبض على آخر")
                    own = _relative_subject(sent, words, i, sent_ents) if not t.noun else None
                    if own is not None or not ((_feminine_verb(words[i] if not t.noun else words[i - 1], t)
                                                or (t.noun and words[i].endswith("ها")))
                                               and all(a.get("kind") == "PER" or _a_man(a) for a in sentence_source)):
                        # (a verb in the feminine shares no man's subject: "... لحكومة الرئيس بشار الأسد في سوريا،
                        # وفرضت عقوبات"; nor one a word for a man names: "عائلة ... الشاب الأميركي الذي قتل ... ودانت";
                        # nor is "her" a man's: "كيري «رحب بقرار تركيا ... ودعمها للاجئين السوريين»")
                        ev["source"] = [own] if own is not None else [dict(a) for a in sentence_source]
                elif ev is not None and ev["source"] and not ev["target"] and sentence_source and t.type in _MEETINGS \
                        and not t.noun and words[i][:1] == "و" and _bare(words[i]) != words[i] \
                        and i > 0 and words[i - 1][:1].isalnum() and 0 < i - source_at <= 8 \
                        and not any(w in ("،", ",") for w in words[source_at:i]) \
                        and not ({a.get("entity") for a in ev["source"]} & {a.get("entity") for a in sentence_source}):
                    # "بعد أن زار واشنطن والتقى الرئيس الأميركي باراك أوباما": the verb joined by و shares
                    # the subject before it, whom it meets follows it
                    ev["target"], ev["source"] = ev["source"], [dict(a) for a in sentence_source]
                if ev is not None and ev["source"] and (not t.noun or any(
                        _bare(w) in _LIGHT_VERBS for w in words[max(0, i - 16):i]) or all(
                        a.get("entity") and a.get("kind") in ("PER", "ORG")
                        and ent_start.get(a["entity"], -1) > sent[i].start for a in ev["source"])):
                    # (a verb's subject, a light verb's, or one named after the noun, "بعد هجوم شنته
                    # النصرة ... واعتقلت": not who is asked to cooperate, "وناشدت السلطات المواطنين
                    # التعاون ... وطالبت المواطنين كافة": the authorities demanded)
                    sentence_source, source_at = ev["source"], i
                if ev is not None and caller and _told_in_it(words, i, t):
                    # "تلقى ... اتصالا هاتفيا من الملك عبدالله الثاني بن الحسين ملك الأردن عبر فيه عن
                    # إدانته": what is said "in it" the caller says
                    ev["source"] = [dict(a) for a in caller]
                if ev is not None and t.mode == "phone":
                    caller = [a for a in ev["source"] if a.get("kind") in ("PER", "ORG")] or None
                if ev is None or (t.needs_actor and not ev["source"] and not ev["target"]):
                    continue  # "استقبل المستشفى المريضة": a reception with no actor is no visit
                if t.type in ("ACCUSE", "SUPPORT") and not t.noun and _evidence_subject(words, i):
                    continue  # "الملفات الخطيرة التي تدين هذا الإرهابي"، "لا توجد أدلة تدعم هذه الاتهامات": what
                    # files or evidence incriminate or bear out takes no stance
                if t.type == "CONSULT" and t.noun and _interview(words, j, sent, sent_ents):
                    continue  # "في لقاء مع قناة العربية"، "في لقائه الذي انفردت صحيفة «المدينة» بنشره": an interview
                    # with an outlet is no meeting
                if t.destination and t.noun and _definite(words[j - 1]):
                    # "يسعى بعضهم للوصول إلى بريطانيا", "بدأت الإمدادات في الوصول إلى تونس": the arrival with
                    # the article is reaching a place, no one's visit (a visit is "وصول الوفد", "لدى وصوله")
                    continue
                if t.type == "ASSAULT" and not ev["source"] and _killing_told(t) \
                        and all(_killing_told(x[2]) for x in trig if x[2].type == "ASSAULT") and accident_story():
                    continue  # the dead of an accident the headline tells, no attack
                mover = _past_quantifiers(words, _past_time(words, j), 2)
                if (t.needs_actor or t.mode == "visit") and any(
                        _bare(w)[:4] in _CRAFT_STEMS or (t.mode == "visit" and _armed_group(coder.kb, w))
                        for w in mover[:1]) or (t.mode == "visit" and len(mover) == 2 and (
                            (g := coder.kb.group_of(mover)) is not None and g[0] == 2 and g[1] in _ARMED)):
                    # "استقبل خلال هذا الأسبوع أكبر سفينة إغاثية": a ship received pays no visit, nor
                    # does one that arrives (وصلت أول طائرة مدنية إلى مطار عدن), nor forces that reach
                    # a place (وصول القوات الأمنية إلى مشارف الرمادي, وصول ثلاثة أفواج عسكرية: an advance, no visit)
                    continue
                if t.mode == "visit" and not t.noun and (words[i] in _RECEIVING_HOST or (
                        words[i][:1] == "و" and words[i][1:] in _RECEIVING_HOST)) and (
                        any(strip_article(_bare(w))[:4] in _REMAINS_STEMS for w in words[j:min(len(words), j + 25)])
                        or any(strip_article(w) in _MOURNERS for w in words[j:min(len(words), j + 5)])
                        or any(strip_article(w) in _RECEIVED_THINGS
                               for w in itertools.takewhile(lambda v: v[:1].isalnum(), words[j:min(len(words), j + 6)]))):
                    continue  # "استقبل مساعد مدير شرطة المنطقة ... جثمان الشهيد": a body received, no visit; nor
                    # are mourners ("استقبل آل سلطان البارحة المواسين في وفاة فقيدتهم"), applications or
                    # refugees ("ألمانيا استقبلت العام الماضي 175 ألف طلب لجوء")
                if t.mode == "visit" and not t.noun and _mover_subject(coder.kb, words, i):
                    continue  # "أول طائرة تتبع الصليب الأحمر وصلت إلى مطار عدن": a craft arrived, or forces
                if t.mode == "boycott" and t.noun and j < len(sent) and any(
                        x["start"] == sent[j].start and ((x["type"] == "LOC" and not _is_country(x)) or (
                            x["type"] in ("LOC", "ORG") and i > 0 and (words[i - 1] in _LOCATIVE
                                                                       or _bare(words[i - 1]) in _COUNTY_BEFORE)))
                        for x in sent_ents):
                    continue  # "شرطة مقاطعة هامبشاير", "في مقاطعة كيبيك": a county named after it, no boycott
                    # (but "مقاطعة إسرائيل")
                if low and t.type == "PROTEST":
                    if not (mod == "asserted" and _dated_recent(article, s, e, sent[i].start)):
                        continue  # under the threshold, only a protest the sentence dates to its days
                elif low and not (mod == "asserted" and ((ev["target"] and any(
                        a.get("sector") in _ARMED or _a_state(sent_ents, a, sent, words, i, j) for a in ev["source"]))
                        or _dated_recent(article, s, e, sent[i].start)
                        or (t.mode in _WEAPON_MODES and any(a.get("sector") in ("MIL", "COP") for a in ev["target"])
                            and _harm_told(words, i)))):
                    continue  # under the threshold, only an armed actor or a state acting on a named target
                    # ("شنت تركيا غارات على مواقع تنظيم داعش"; or forces struck by a weapon, with their dead or wounded told: "حدث تفجير في جموع المصلين
                    # نتج عنه استشهاد عشرة من منسوبي القوات")
                ev["modality"] = mod
                if mod == "asserted" and arrival is not None and arrival["modality"] in _TO_COME \
                        and _told_in_it(words, i, t):
                    # "سيزور العاصمة الروسية موسكو ... يجري خلالها مباحثات مع الرئيس الروسي": what is
                    # done during a visit still to come is still to come
                    ev["modality"] = arrival["modality"]
                if t.type == "CONSULT" and t.noun and i > 0 and (
                        words[i - 1] in _CANCELLING or (words[i - 1][:1] in "وب" and words[i - 1][1:] in _CANCELLING)):
                    ev["modality"] = "negated"  # "أعلن ... عن إلغاء القمة الأوروبية": cancelled, it did not take place
                trig_start, trig_end = sent[i].start, sent[j - 1].end
                ev["trigger"] = {"text": article.text[trig_start:trig_end], "start": trig_start, "end": trig_end}
                ev["sentence"] = [s, e]
                ev["source"] = _two_sides(article, ev["source"], trig_start)
                ev["target"] = _two_sides(article, ev["target"], trig_start,
                                          len(ev["source"]) + len(ev["target"]) >= 3)
                ev["target"] = [a for a in ev["target"] if not a.get("entity")
                                or a["entity"] not in {x.get("entity") for x in ev["source"]}]  # (no one on both sides)
                # "كل دول العالم ... ايدت (الاتفاق) باستثناء الحكومة الاسرائيلية": the one excepted takes no part
                # (nor, in talks, deals or cooperation, whose resolution is talked of or agreed on: "بحث ... تنفيذ
                # قرار مجلس الأمن الدولي رقم 2216", event_words resolution)
                for side in ("source", "target"):
                    ev[side] = [a for a in ev[side] if not _excepted(article, sent_ents, a, s, e) and not (
                        t.type in _TALKS_AND_DEALS and _after_words(article, sent_ents, a, s, e, _RESOLUTION))]
                if t.needs_recipient:
                    # "وأرسلت السعودية قوات إلى اليمن": the forces sent are the sender's, not who receives them
                    own = {a.get("country") for a in ev["source"]} - {None}
                    receivers = [a for a in ev["target"] if not (a.get("entity") is None and a.get("sector") in _SENT_AS_AID
                                                                 and (a.get("country") in own or not a.get("country")))]
                    ev["target"] = receivers or ev["target"]  # (when someone receives them)
                ev["attributed_to"] = _speaker_of(article, trig_start)
                # (a verb in the present with a day after publication tells what is planned: "ثم يزور ماليزيا من 4
                # الى 6 اغسطس" in an article of 1 August)
                present = not t.noun and mod == "asserted" and _present_verb(words[i][1:] if words[i][:1] in "وف" else words[i])
                ev["date"], ev["date_text"] = _date_for(article, s, e, trig_start, mod in _TO_COME,
                                                        mod == "asserted" and (not t.noun or t.type in _KILLING)
                                                        and not present)
                if present and _dated_after(article, ev["date"], ev["date_text"], s, trig_end):
                    ev["modality"] = "future"
                elif present and article.published and ev["date"] and ev["date"] > article.published[:len(ev["date"])]:
                    ev["date"], ev["date_text"] = _date_for(article, s, e, trig_start, False, True)
                if t.noun and j < len(sent) and _year_after(article, sent[j].text):
                    # "منذ انتفاضة 2011", "تفجيرات 2005": a year right after an event noun is its year
                    ev["date"], ev["date_text"] = sent[j].text[:4], sent[j].text
                elif (year := _chronology_year(article, sent)) is not None:
                    ev["date"], ev["date_text"] = year, year  # "1936 - توقيع اتفاقية مونترو": a chronology's line
                elif t.noun and mod == "asserted" and (_dated_after(article, ev["date"], ev["date_text"], s, trig_end)
                                                       or _dated_after(article, ev["date"], ev["date_text"], s,
                                                                       trig_start, before=True)):
                    # "قمة عالمية ... التي ستفتتح في 24 يوليو", "الاجتماع ... يعقد في 26 فبراير
                    # 2016": an event named and dated after the day of publication is still to come
                    ev["modality"] = "future"
                if t.noun and ev["modality"] in _TO_COME and j + 1 < len(words) and words[j] in _RELATIVES \
                        and words[j + 1] in _TOOK_PLACE:
                    # "ستكون استكمالا للمشاورات التي جرت في حزيران الماضي": what took place is told as done
                    ev["modality"] = "asserted"
                    ev["date"], ev["date_text"] = _date_for(article, s, e, trig_start, False, True)
                if ev["modality"] in ("asserted", "negated") and _after_publication(article, ev["date"]):
                    # what is told as done (or not done) was not done after the day of publication: a
                    # later date in its sentence is another's ("الاتفاق التاريخي الذي ابرمته ايران" beside
                    # "يخاطب نتنياهو الاسبوع المقبل"; "ودعا ... بحد أقصى يوم الأول من شهر ذي القعدة المقبل")
                    said = ev["date_text"]
                    ev["date"], ev["date_text"] = _date_for(article, s, e, trig_start, False, True, until_published=True)
                    if ev["date_text"] not in (None, said) and not _near_publication(article, ev["date"]):
                        # (another date farther off in the sentence is no better: the day of publication)
                        ev["date"], ev["date_text"] = article.published, None
                # where it happened is named in its own clause (not "بينما تبحث السلطات
                # السويسرية طلبا من الولايات المتحدة")
                brk = next((k for k in range(j, len(words)) if _among(words[k], _CLAUSE_BREAKS)), len(words))
                if t.type in _STATEMENTS:
                    # "أدانت الأمانة العامة التفجير الذي استهدف مسجدا بمنطقة عسير": the place of the
                    # attack condemned is not where the condemnation was made
                    brk = min(brk, next((x[0] for x in found if x[2].type in _KILLING and x[0] >= j), brk))
                # where the deported are sent is not where they are deported from (قبل ترحيله إلى الولايات المتحدة)
                # (nor is what a title is for: "الأمين العام المساعد للجامعة العربية لشؤون فلسطين")
                sent_to = frozenset(sent[k].start for k in range(1, len(words)) if words[k - 1] in _AFFAIRS_OF or (
                    t.mode == "deport" and k > j and words[k - 1] == "الي"))
                ev["location"] = _location(article, [x for x in sent_ents if (brk == len(words)
                                                     or x["start"] < sent[brk].start) and x["start"] not in sent_to], trig_end,
                                           frozenset(a["entity"] for a in ev["source"] if a.get("entity"))
                                           if t.type in _KILLING else frozenset(),
                                           toward=t.type == "MOBILIZE" or t.mode == "visit",
                                           hosts=frozenset(a["entity"] for a in ev["source"] if a.get("entity")),
                                           met=frozenset(a["country"] for a in ev["target"] if a.get("country"))
                                           if t.type == "CONSULT" and t.mode != "visit" else frozenset())
                if t.type not in ("PROTEST", "REJECT"):
                    # a people named by its nationality (الشعب اليمني) is who an act is for or against, or
                    # who protests or refuses; no giver, signer or resigner ("80% من الشعب اليمني بحاجة إلى المساعدة")
                    ev["source"] = [a for a in ev["source"] if a.get("entity") is not None
                                    or strip_article(_bare((fold(a["text"]).split() or [""])[0])) not in _A_PEOPLE]
                land = _territory(article, sent, words, j, brk)
                if land is not None and (ev["location"] is None or (
                        ev["location"].get("entity") is None and ev["location"].get("country") != land[0]["country"])
                        or (trig_end <= land[1] < _entity_start(sent_ents, ev["location"]["entity"])
                            and _is_country_place(ev["location"]))):
                    # "استهدفت المنطقة القبلية الباكستانية المحاذية لأفغانستان": a territory named by its
                    # nationality, in the event's clause, where no place is, or only the dateline's of
                    # another country, or a country named after it
                    ev["location"] = land[0]
                    ev["territory"] = True
                elif t.type in _ON_THE_GROUND and ev["location"] is not None and ev["location"].get("entity") is None:
                    if focus is None:
                        focus = _focus_country(article)
                    if focus and focus[0] != ev["location"].get("country") and (
                            _actors_allow(ev, focus[0]) or not _actors_allow(ev, ev["location"].get("country"))):
                        # "بيروت" over a story of Syria: a wire's or a paper's office is no place of
                        # fighting the body never names; the country the body's places are in is,
                        # where the article names it (and no actor's country the dateline's: "مروحيتين
                        # اميركيتين هاجمتا" in a London paper's story of Afghanistan)
                        ev["location"] = focus[1]
                        ev["territory"] = True
                loc = ev["location"]
                if loc and (loc.get("entity") or ev.get("territory")) and loc.get("country"):
                    # (not to the source of a stance whose place is only the country it is aimed at: "إلا أن
                    # المشرعين ... يحثون السعودية سراً")
                    aimed_at = t.type in _STANCES and any(a.get("entity") == loc.get("entity") for a in ev["target"])
                    named = {a["country"] for a in ev["source"] + ev["target"] if a.get("entity") and a.get("country")}
                    venue = t.type in ("CONSULT", "AGREE") and loc["country"] not in named \
                        and (len(named) >= 2 or "IGO" in named)
                    # (nor in a meeting of named foreign parties, where it is held: "ممثلون عن أوكرانيا وروسيا
                    # والمتمردين للاجتماع في مينسك": no Belarusian rebels)
                    for a in ([] if venue else ev["target"] + ([] if aimed_at else ev["source"])):
                        if a.get("entity") is None and not a.get("country") and a.get("sector") != "UNK" \
                                and not coder.kb.unplaced(a["text"]):
                            # unnamed local actors: the country it happens in (not "الطرفين", two sides)
                            a["country"] = loc["country"]
                    if t.type in _LOCAL_TARGET and t.mode not in _ONLY_PEOPLE \
                            and not any(a.get("country") for a in ev["target"]) \
                            and all(a.get("country") != loc["country"] or a.get("entity") is None for a in ev["source"]):
                        # a protest or an attack with no named recipient is aimed at the country where
                        # it happens (its government, its people); no place is arrested or set free
                        ev["target"].append({"entity": None, "text": loc["text"], "country": loc["country"],
                                             "sector": None, "implied": True})
                if t.type == "CONSULT" and t.mode == "visit" and ev["source"] and not ev["target"] and ev["location"] \
                        and ev["location"].get("country") and ev["location"].get("entity"):
                    # the visited country hosts the visit
                    host = ev["location"]
                    if all(a.get("country") != host["country"] for a in ev["source"]):
                        ev["target"] = [{"entity": host["entity"], "text": host["text"],
                                         "country": host["country"], "sector": None}]
                        ev["host"] = ev["target"][0]
                ev["about"] = _about(words, j, trig, nested)
                ev["definite"] = t.noun and _bare(words[i]) != words[i] and "ال" in words[i][:3]
                ev["harmed"] = t.type in _TOPIC_DROPPED and any(  # (a toll or a count told)
                    _harm(w) or w[:1].isdigit() or coder.kb.is_count(w) for w in words)
                ev["separate"] = any(w in _SEPARATE for w in words)  # "وفي حادث منفصل": another event
                ev["after_attack"] = None if t.noun else _attack_noun_before(sent, words, i)
                ev["cause_opened"] = ev["after_attack"] is not None and _cause_opened(sent, words, ev["after_attack"])
                ev["welcome"] = t.words[0].startswith("رحب")
                # (for a visit: whether the sentence names a political person or body, by name or
                # by role: "وزير الخارجية الإيراني", "رئيس وزراء جمهورية باكستان")
                if t.mode == "visit" and officials is None:
                    officials = any(x["type"] in ("PER", "ORG") and _political(_actor(x), political_sectors)
                                    for x in sent_ents) or any(
                        (r := coder.kb.role_of(words[k:k + 3])) is not None and r[1] in political_sectors
                        for k in range(len(words)))
                ev["officials"] = t.mode == "visit" and officials
                ev["alone"] = t.alone or stand_alone is None or t.type in stand_alone
                base = 0.45 if t.noun else 0.6
                base += 0.15 if ev["source"] else 0.0
                base += 0.1 if ev["target"] else 0.0
                if t.type in probs:
                    base = 0.5 * base + 0.5 * probs[t.type]
                ev["confidence"] = round(min(0.95, base), 2)
                if t.type in commentary and ev["date_text"] is None and not article.dateline \
                        and not any(a.get("entity") for a in ev["source"] + ev["target"]) \
                        and _authors_voice(article, sent, words):
                    continue  # "وبدأنا نشاهد جامعاتنا تعتني ... لمساعدة طلاب الجامعة": the writer's own
                    # voice in a piece with no dateline, no party named and no date: a comment
                if t.mode == "visit" and not t.noun:
                    arrival = ev
                elif t.mode == "visit" and i > 0 and words[i - 1] == "في" and arrival is not None \
                        and arrival["modality"] == ev["modality"]:
                    # "وصل إلى مدينة عدن ... خالد بحاح ... في زيارة أولى للمدينة": the visit the
                    # arrival is, one event told twice, with the verb's parties, place and day
                    for field in ("source", "target", "location", "date", "date_text", "territory", "host"):
                        ev[field] = arrival.get(field)
                elif t.mode == "visit" and t.noun and not ev["source"] and arrival is not None and i > 0 \
                        and words[i - 1] in _SEQUENCE and arrival["source"]:
                    # "ووصل كيري الى الدوحة ... بعد زيارة مصر": the one who arrived paid the visit before
                    ev["source"] = [dict(a) for a in arrival["source"]]
                elif t.type == "CONSULT" and t.noun and not ev["source"] and arrival is not None and arrival["source"] \
                        and arrival["trigger"]["start"] < trig_start and i > 0 \
                        and (words[i - 1] in _PURPOSE_LIGHT or (words[i][:1] == "ل" and _bare(words[i]) != words[i])):
                    # "سيزور دمشق خلال اليومين المقبلين لإجراء محادثات مع القيادة السورية": the talks a
                    # visit is made for are the visitor's, and still to come with it
                    ev["source"] = [dict(a) for a in arrival["source"]]
                    if arrival["modality"] in _TO_COME:
                        ev["modality"] = arrival["modality"]
                elif t.type in _MEETINGS and not t.noun and i > 0 and words[i - 1] == "حيث" and arrival is not None \
                        and arrival["source"] and ev["source"] and not ev["target"] \
                        and not {a.get("entity") for a in ev["source"]} & {a.get("entity") for a in arrival["source"]}:
                    # "وصل المبعوث ... دي ميستورا أمس إلى دمشق حيث التقى وزير الخارجية وليد المعلم": who
                    # arrived met the one named after the verb
                    ev["source"], ev["target"] = [dict(a) for a in arrival["source"]], ev["source"]
                elif t.type in _MEETINGS and not t.noun and i > 1 and words[i - 1] == "حيث" and words[i - 2] in ("،", ",") \
                        and len(ev["source"]) == 1 and ev["source"][0].get("kind") == "PER" and not ev["target"] \
                        and (before := [x for x in sent_ents if x["type"] == "PER" and x["end"] <= sent[i - 2].start
                                        and x["id"] != ev["source"][0].get("entity")]):
                    # "قام السفير علي عواض عسيري بزيارة لمقر صحيفة عكاظ، حيث التقى رئيس التحرير": the one
                    # named last before "where" met the one named after the verb
                    ev["source"], ev["target"] = [_actor(before[-1])], ev["source"]
                elif t.type in _MEETINGS and not t.noun and i > 1 and words[i - 1] == "حيث" and words[i - 2] in ("،", ",") \
                        and not ev["source"] and ev["target"] \
                        and (before := [x for x in sent_ents if x["type"] == "PER" and x["end"] <= sent[i - 2].start]):
                    # "سينتقل كيري، اليوم، إلى الدوحة، حيث سيلتقي نظراءه": who meets there, named no more
                    # after the verb, is the one named last before "where"
                    ev["source"] = [_actor(before[-1])]
                if t.noun and (asked := _asked_to_do(article, coder, out[coded_before:], ev, sent, words, i)) is not None:
                    ev["source"] = asked  # "ودعا الاتحاد الأوروبي إسرائيل إلى وقف الترحيل القسري": who is
                    # asked to do or stop an act does it, not who asks
                if t.mode == "visit" and not t.noun and ev["source"] \
                        and all(a.get("sector") in _ARMED
                                and ((a.get("kind") == "ORG" and _bare(words[i]) not in _RECEIVING_HOST)
                                     or (a.get("entity") is None and coder.kb.group_of(fold(a["text"]).split()[:1])))
                                and a.get("country") in (None, (ev.get("location") or {}).get("country"))
                                for a in ev["source"]):
                    continue  # "إن قواتنا ... قد وصلت إلى منطقة الحسيني", "ووصلت قوات الجيش الوطني الى مدينة صبرن":
                    # forces, named or not, that arrive in their own country pay no visit (but a commander does:
                    # "وسيزور رئيس اركان الجيوش الجديد داماتورو"; and a foreign battalion arriving is a country's
                    # visit: "وصلت كتيبة عسكرية إماراتية إلى عدن")
                out.append(ev)
            for ev in out[coded_before:]:
                # those who take part in the sentence (ورفع المتظاهرون لافتات) are who protests
                _add_participants(article, coder, sent, words, ev, taking_part)
            subj = _first_actor(sent_ents, article.text)
            if subj is not None and not _opens_with_plural_verb(words):
                # ("كما دعوا مجلس حقوق الإنسان": a sentence opening on a verb in the plural keeps the
                # subject it takes up; the one named after it is its object)
                prev_subject = subj
        article.events = _merge(out, coded_actor, political, political_sectors)
        return article

    return events


def _vocalised(sent, i: int) -> bool:
    """The word at sent[i] and one beside it bear a vowel's mark on half their letters at least: a verse of
    the Quran or of poetry quoted (أُخِذُوا وَقُتِّلُوا تَقْتِيلا), which news prose never is (its marks are
    rare: قُتل، يُخطف)."""
    def full(k: int) -> bool:
        if not 0 <= k < len(sent):
            return False
        text = sent[k].text
        letters = sum(c.isalpha() for c in text)
        return letters >= 2 and 2 * sum(c in DIACRITICS for c in text) >= letters
    return full(i) and (full(i - 1) or full(i + 1))


def _absorbed(trig: list, words: list[str]) -> tuple[dict[int, int], set[int], set[int], set[int]]:
    """Attack nouns that are part of a killing verb's clause: "قتل ... في هجوم على ...",
    "قتلوا جراء انفجار سيارة مفخخة", "مقتل 15 جنديا في هجوم". The attack that killed is
    the same event as the killing, and so is the toll an attack led to (هجوم أسفر عن
    مقتل ستة جنود: the killing noun is absorbed into the attack's clause). Returns
    {index of the verb's trigger: start of its attack noun}, the
    starts of all absorbed nouns (the car bomb is that explosion too), and the
    positions of their words, which name no actor (في هجوم انتحاري), and the starts of
    the killing nouns that are an attack's toll."""
    absorbed: dict[int, int] = {}
    gone: set[int] = set()
    tolls: set[int] = set()
    for idx, (i, j, t) in enumerate(trig[:-1]):
        # the next trigger of the same type ("قتل 31 مسلحا واعتقل 171 آخرين خلال اشتباكات")
        i2, _, t2 = next((x for x in trig[idx + 1:] if x[2].type == t.type), trig[idx + 1])
        # (an aside in brackets is passed over: "وقتل محمد علاونة (22 عامًا) بعد إصابته ... خلال مواجهات")
        aside = _bracketed(words, j, i2)
        breaks = [k for k in range(j, i2) if words[k] in _BREAKS and k not in aside]
        if t.type not in _KILLING or t2.type != t.type or (breaks and not (
                all(words[k] in ("،", ",") for k in breaks) and _bare(words[breaks[-1] + 1]) in _CAUSES)):
            continue  # (but "قتل سبعة من الشرطة، ومهندس هندي، اثر هجوم": a cause set off by a comma)
        hurt_too = 6 if any(w[:1] == "و" and _harm(w[1:]) for w in words[j:i2]) else 0  # (and the wounded joined to
        # the dead: "قُتل ستة من عناصر «أنصار بيت المقدس» الإرهابية وأصيب أربعة آخرون في قصف جوي")
        if (not t.noun or t.patient) and not t2.patient and j < i2 <= j + (20 if breaks else 10) + len(aside) + hurt_too \
                and (_cause_at(words, i2, j) is not None or (_has_bi(words[i2]) and not _definite(words[i2]))):
            # (بانفجار "by an explosion"; not "المتهمين بالهجوم", "accused of the attack"; after
            # the preposition a verb's form is its noun: بعد قصف)
            absorbed[idx] = i2  # "قتل ... في هجوم", "مقتل 15 جنديا في هجوم شنه متمردون"
            gone.add(i2)
    for idx, (i, j, t) in enumerate(trig):
        # (a verb form right after the verb of the toll is its noun: تسبب قصف مدفعي)
        if t.type not in _KILLING or t.patient or i in gone or \
                not (t.noun or any(_bare(w) in _RESULTS for w in words[max(0, i - 2):i])
                     or (i > 0 and words[i - 1] in _COMPLEMENTIZERS
                         and any(_bare(w) in _RESULTS for w in words[j:min(len(words), j + 12)]))
                     or any(words[k] in ("ما", "مما") and _bare(words[k + 1]) in _RESULTS for k in range(j, min(len(words) - 1, j + 28)))):
            continue  # (a verb's toll follows ما or مما: "الجيش السوري هاجم بلدة الغارية ... مما أدى إلى مقتل 13 شخصا";
            # after أن the verb's form that a verb of result follows is its noun: "أن قصف طائرات التحالف ... تسبب في مقتل")
        # "هجوم ... أسفر عن مقتل", "أدى انفجار سيارة مفخخة ... إلى مقتل": the toll of the attack
        toll = next(((i2, t2) for i2, _, t2 in trig[idx + 1:] if t2.patient), None)
        # "أسفر هجوم شنه مسلحون على مركز للشرطة، اليوم (الاثنين)، في الهند ...، عن سقوط خمسة
        # قتلى": the verb of the toll before the attack, the toll after عن, whatever between
        led = next(((i2, t2) for i2, _, t2 in trig[idx + 1:] if t2.type == t.type and t2.noun
                    and any(words[k] in _TOLL_PREPS for k in range(max(j, i2 - 3), i2))), None) \
            if any(_bare(w) in _RESULTS for w in words[max(0, i - 2):i]) else None
        if led is not None and j < led[0] <= j + 28 \
                and not any(words[k] in (".", "؛", ";", ":") for k in range(j, led[0])):
            gone.add(led[0])
            tolls.add(led[0])
        elif toll is not None and toll[1].type == t.type and j < toll[0] <= j + 28 \
                and all(words[k] in ("،", ",") and (_bare(words[k + 1]) in _RESULTS or (
                        words[k + 1] in ("ما", "مما") and k + 2 < len(words) and _bare(words[k + 2]) in _RESULTS))
                        for k in range(j, toll[0]) if words[k] in _BREAKS) \
                and any(_bare(w) in _RESULTS for w in words[max(0, i - 2):toll[0]]):
            # (a comma may stand before the verb of the toll, and ما: "ضربة جوية أميركية في شمال
            # العراق، أدت إلى مقتل ثمانية", "انفجرت سيارة مفخخة قرب مقر للشرطة، مما أدى الى مقتل")
            gone.add(toll[0])
            tolls.add(toll[0])
    for idx, (i, j, t) in enumerate(trig[:-1]):
        i2, _, t2 = trig[idx + 1]
        if t2.type == t.type and t.type in _KILLING and t.noun and not t.patient and t2.noun and not t2.patient \
                and j <= i2 <= j + 1:
            gone.add(i2)  # "انفجار سيارة مفخخة": the car bomb is that explosion
    skip = {k for i2, j2, _ in trig if i2 in gone for k in range(i2, j2)}
    return absorbed, gone, skip, tolls


_BENEFIT = ("SUPPORT", "AID")


def _reporting(w: str) -> bool:
    """A reporting verb or its participle (resources/reporting_cues.tsv, as the quotes stage
    reads it: أضاف، مضيفا), not a form its not_as column names as another word (تابعا، تابعة: belonging)."""
    return (_cue_of(w) is not None and (w[1:] if w[:1] in "وف" else w) not in _not_as_folded()) \
        or w in _participles() or (w[:1] == "و" and w[1:] in _participles())


@lru_cache(maxsize=1)
def _not_as_folded() -> frozenset[str]:
    """The forms reporting_cues.tsv's not_as column names, folded where folding keeps them apart
    (none with ى, which folds into another verb's ي)."""
    return frozenset(fold(w) for not_as, _, _ in _cue_limits().values() for w in not_as if "ى" not in w)


def _participle(w: str) -> bool:
    """A participle of reporting (مؤكدا، ومشيرة، مضيفين), in any gender or number."""
    return (w[1:] if w[:1] == "و" else w) in _participles() or _reporting_inflected(w)


def _verb_of_participle(words: list[str], rep: int) -> int | None:
    """Where the verb of saying (not another participle) stands, within forty words before the participle of
    saying at `rep`, whose subject the participle shares ("أعلن الجيش ...، مؤكدًا"); None when none does."""
    return next((k for k in range(rep - 1, max(-1, rep - 40), -1)
                 if _reporting(words[k]) and not _participle(words[k])), None)


def _speaker_of_clause_before(words: list[str], i: int, before) -> dict | None:
    """The one who says what is told between a verb of saying and its complementizer and the comma right
    before words[i] (قال أوباما إن ...، ودعا): the person or body named within three words after that
    verb, none named between its clause and the comma; None otherwise."""
    if i < 4 or words[i - 1] not in ("،", ","):
        return None
    rep = next((k for k in range(i - 2, max(-1, i - 40), -1) if _reporting(words[k]) and not _participle(words[k])), None)
    if rep is None:
        return None
    that = next((k for k in range(rep + 1, min(i - 1, rep + 8))
                 if words[k] in _COMPLEMENTIZERS or words[k] in _PRONOUN_SUBJECT or words[k] == ":"), None)
    if that is None:
        return None
    sayer = next((x for kk, x in before if rep < kk < that and x["type"] in ("PER", "ORG")), None)
    if sayer is None or any(that < kk < i for kk, _ in before):
        return None
    return sayer


def _reporting_inflected(w: str) -> bool:
    """A participle of reporting in the feminine or the plural (مؤكدة، مشيرين), listed in the masculine
    (مؤكدا)."""
    stem = w[1:] if w[:1] == "و" else w
    return len(stem) > 4 and ((stem.endswith("ه") and stem[:-1] + "ا" in _participles())
                              or (stem.endswith(("ين", "ون")) and stem[:-2] + "ا" in _participles()))




_CHARGING = tuple(_WORDS["charging"])  # a charge or accusing, the start of the word


_THEN = fold("ثم")
_THANKS_TO = frozenset(fold(w) for w in ("بفضل", "فضل", "لولا", "ولولا"))  # "thanks to", "but for"


def _threatened_genitive(t, words: list[str], j: int, k: int, after: int) -> bool:
    """The actor at words[k:after], right after the threat noun ending at `j`, is followed by what he is
    threatened with behind بـ (متهم بتهديد ضابط سجن بالقتل، تهديد الصحفيين بالاعتقال): he is threatened, no
    author of it ("تهديدات إيران للمنطقة": hers)."""
    if t.type != "THREATEN" or not t.noun or k != j:
        return False
    while after < len(words) and after < k + 4 and not _has_bi(words[after]) and words[after][:1].isalpha() \
            and not _for(words[after]) and words[after] not in _PREPOSITIONS:
        after += 1  # (past the genitive's own noun: "ضابط سجن")
    return after < len(words) and _has_bi(words[after])


def _patient_genitive(t, words: list[str], i: int) -> bool:
    """Whether the trigger at words[i] is a verbal noun of supporting or helping (دعم,
    تأييد, مساندة, مساعدة; not مساعدات, the aid given) whose genitive is who is helped: not
    behind بـ "with" nor a word that makes it the supporter's (event_words supporter-before), nor after a word of
    praising and its preposition (ونوه إلى دعم الأمير فيصل بن سلمان: his support; event_words support-given)."""
    w = words[i]
    # (but behind a charge, بـ names what one is charged with: "كيانات متهمة بمساعدة نظام بشار الاسد",
    # "وتتهم مصر قطر بدعم جماعة الإخوان")
    return t.type in _BENEFIT and t.noun and _bare(w) in _SUPPORTING and not (
        w.startswith(("ب", "وب")) and _bare(w) != w and not _charged_before(words, i, 0)) \
        and not (i > 0 and _among(words[i - 1], _SUPPORTER_BEFORE)
                 and not (i > 1 and words[i - 1] == _ON and _aim_on(words, i - 1))) \
        and not (i > 1 and words[i - 1] in ("الي", "ب") and _among(words[i - 2], _SUPPORT_GIVEN)) \
        and not (i > 1 and words[i - 1] == _THEN and any(_among(v, _THANKS_TO) for v in words[max(0, i - 8):i - 1])) \
        and not (i > 0 and words[i - 1] in ("قد", "وقد", "لقد", "فقد"))
    # (after قد it is a verb: "وقد دعم بلاتيني والاتحاد الأوروبي بقوة الأمير علي")
    # ("لولا توفيق الله تعالى وعونه ثم دعم حكومة المملكة": after God, the government gave it)


def _past_helped(t, words: list[str], k: int, benefit_end: int, source: list[dict]) -> bool:
    """Who is named at words[k] after the one a noun of support helps behind ل, past a phrase behind
    في or بـ, is that phrase's, no giver of the support ("الدعم الدولي للأردن في جهوده المتعلقة
    باستقبال اللاجئين السوريين"); a giver there comes behind من (and one joined to the helped, behind و
    or أو, is helped too: the caller checks)."""
    return t.noun and t.type in _BENEFIT and not source and 0 < benefit_end < k and words[k - 1] != "من" \
        and not words[k].startswith("من") and any(
            v in _LOCATIVE or (v[:1] == "ب" and _bare(v) != v) for v in words[benefit_end:k])


def _raw_light_verb(w: str) -> bool:
    """`w`, as written or behind و/ف, is a light verb (شنت، وأطلقت)."""
    return w in _LIGHT_VERBS or (w[:1] in "وف" and w[1:] in _LIGHT_VERBS)


def _asked_to_do(article, coder, coded: list[dict], ev: dict, sent, words: list[str], i: int) -> list[dict] | None:
    """Who a call or a demand coded before in the sentence is made to (دعا الاتحاد الأوروبي إسرائيل),
    when the event noun at words[i] is in what they are asked to do, behind إلى or بـ within three
    words before it (إلى وقف الترحيل، بوقف الاعتقالات، إلى تقديم مساعدات) and the event was read as the
    caller's or no one's: who is asked to do an act, or to stop one, does it. An empty list when the
    one asked is named but is no actor (دعت الحكومة الدول المانحة إلى تقديم مساعدات: not the caller), or
    the group or the role named there (دعا زعيم المعارضة رئيس الحكومة إلى الاستقالة);
    None when it is not so."""
    if not any(m["type"] == "REQUEST" for m in coded):
        return None
    to = next((p for p in range(i - 1, max(0, i - 4), -1)
               if (words[p] == _TO or (_bare(words[p]) in _STOPPING and (_has_bi(words[p]) or words[p - 1] == _TO)))
               and all(w[:1].isalpha() for w in words[p:i])), None)
    if to is None:
        return None
    if words[to] != _TO and words[to - 1] == _TO:
        to -= 1  # (إلى وقف خطة تنفيذ الترحيل: the stopping behind إلى)
    starts = [tk.start for tk in sent]
    mine = {a.get("entity") for a in ev["source"]} - {None}
    for m in reversed(coded):
        if m["type"] != "REQUEST" or (ev["source"] and {a.get("entity") for a in m["source"]} - {None} != mine):
            continue
        k = bisect_left(starts, m["trigger"]["end"])
        if not (k <= to and to - k <= 8 and all(w[:1].isalpha() for w in words[k:to])):
            continue
        if m["target"]:
            return [dict(a) for a in m["target"]]
        # (the one asked comes after the caller, when the caller follows the verb: "ودعا زعيم المعارضة رئيس الحكومة")
        for a in m["source"]:
            at = article.text.find(a["text"], starts[k], starts[to])
            if at >= 0:
                k = max(k, bisect_left(starts, at + len(a["text"])))
        if ev["source"] and any(_definite(w) for w in words[k:to]):
            # (one asked who names no actor the lexicons know: none, or the group or the role named there)
            for p in range(k, to):
                found = coder.nominal_actor(article, sent, words, p, p + 1)
                if found is None and (role := coder.kb.role_of(words[p:to])) is not None:
                    found = {"entity": None, "text": article.text[sent[p].start:sent[p + role[0] - 1].end],
                             "country": None, "sector": role[1]}
                if found is not None:
                    return [found]
            return []
    return None


def _a_state(sent_ents: list[dict], a: dict, sent, words: list[str], i: int, j: int) -> bool:
    """The actor `a` is a country named as one right by the trigger at words[i:j], as the subject of its
    verb or of the verb that carries it (تشن بريطانيا ضربات، شنت تركيا غارات): a state acting; not behind a
    preposition nor taken up by a relative (دولة تونس الشقيقة التي قتل فيها: where)."""
    x = next((x for x in sent_ents if a.get("entity") is not None and x["id"] == a["entity"]), None)
    if x is None or not _is_country(x):
        return False
    k = bisect_right([tk.start for tk in sent], x["start"]) - 1
    return i - 2 <= k <= j and k != i and not _prepositional(words[k]) and not _for(words[k]) \
        and not (k > 0 and words[k - 1] in _PREPOSITIONS) and words[min(k + 1, len(words) - 1)] not in _ANY_RELATIVE


def _directed(words: list[str], at: int, lo: int) -> bool:
    """The one named at words[at] gave the instructions a word of directing before it, within twelve
    words and no punctuation, names ("وبناءً على توجيهات خادم الحرمين ... وأخيه الملك عبدالله الثاني"):
    who directed an act, no party to it."""
    return any(words[p] in _DIRECTIVE and all(v[:1].isalpha() for v in words[p:at])
               for p in range(max(lo, at - 12), at))


def _aim_on(words: list[str], on: int) -> bool:
    """The على at words[on] takes the verb of endeavour before it, past its subject within six words and
    no punctuation (وتعمل هذه الكتيبة الإماراتية على مساعدة، حرصها على دعم): what follows is an aim."""
    for p in range(on - 1, max(-1, on - 7), -1):
        if not words[p][:1].isalpha():
            return False
        if _among(words[p], _AIM_ON):
            return True
    return False


def _supported_genitive_at(k, t, words: list[str], i: int, at: int) -> bool:
    """The people or the indefinite group right after the noun of support at words[i] (words[at])
    are who is supported: "دعم أكراد سوريا", "لدعم مقاتلي الحوثي" (a definite body there may be its
    giver: "مؤكدا دعم الحكومة الألمانية")."""
    return ((k.people_of(words[at]) or not _definite(words[at])) and _patient_genitive(t, words, i)) or (
        words[i][:1] == "ب" and any(w in _PLEDGES or _bare(w) in _PLEDGES for w in words[max(0, i - 4):i]))
    # ("دون التزام تركي حقيقي بدعم المعارضة السورية": what is pledged, behind بـ after the pledge)


def _for(w: str) -> bool:
    """A word behind the preposition ل "for, to" (لليمن, للأشقاء, ولإسرائيل)."""
    b = w[1:] if w[:1] in "وف" else w
    # (a name whose alef bears hamza folds to لا: لإسرائيل، لإيران, as لا "no" is not, nor "still"; and
    # ل with ال is written لل, so a word in لال is ل before a hamza: لألمانيا)
    return len(b) > 3 and (b.startswith("لل") or (b[0] == "ل" and _bare(w) != w and (
        not b.startswith("لا") or (_bare(w) == b[1:] and b not in _NOT_LI)))) or (b.startswith("لال") and len(b) > 5)


_NOT_LI = frozenset(_WORDS["not-li"])


def _li_named_at(actor_at: dict, k: int) -> bool:
    """The actor named at words[k] has a name that begins with its own ل (لبنان)."""
    return (x := actor_at.get(k)) is not None and _li_in_name(x)


def _li_in_name(x: dict) -> bool:
    """The ل a name starts with is its own, no preposition (لبنان، ليبيا; not لليمن, whose name is اليمن)."""
    return x["text"][:1] == "ل" and (x.get("canonical") or "")[:1] == "ل"


def _held_at(words: list[str], k: int, inside: bool) -> bool:
    """Whether the body named at words[k] (`inside`: behind a proclitic of that word) is where a
    meeting is held: behind a building behind بـ or في (بمقر سفارة، في مقر الجامعة، بمكتبه), or
    itself a building behind بـ (بديوان الوزارة)."""
    if inside and words[k][:1] == "ب" and _building(words[k][1:]):
        return True
    before = words[k - 1]
    return (before[:1] == "ب" and _building(before[1:])) or (k > 1 and words[k - 2] == "في" and _building(before))


def _building(w: str) -> bool:
    """A word of premises (premises in event_words.tsv), with the article or a possessive (مقر، المقر، مكتبه)."""
    return any(v in _PREMISES for v in (strip_article(w), w[:-1] if w.endswith("ه") else "",
                                        w[:-2] if w.endswith("ها") else ""))


def _behind_li(words: list[str], k: int, j: int) -> bool:
    """Whether the actor at words[k] (after a trigger ending at j) is behind ل, or
    follows a noun that is (الدعم للأشقاء اللاجئين), or counts behind one (مساعدات لعشرات ألوف
    الفلسطينيين): the one helped."""
    if _for(words[k]) or (k > j and _for(words[k - 1])):
        return True
    m = k - 1
    while m > j and kb().is_count(words[m]) and not _for(words[m]):
        m -= 1  # (past the counts: "ألوف")
    return m < k - 1 and m > j and _for(words[m]) and kb().is_count(words[m][1:])


def _counted(k, words: list[str], at: int) -> bool:
    """Whether a count comes right before words[at], or before من there, or before the
    noun before من ("22 شخصا", "سبعة من مسلحي المليشيات", "570 جنديا من قوات النظام")."""
    while at > 0 and words[at - 1] in _QUOTES:
        at -= 1  # (a name in quotation marks: "20 عنصراً من " داعش " قتلوا")
    return (at > 0 and k.is_count(words[at - 1])) or \
        (at > 1 and words[at - 1] == "من" and (k.is_count(words[at - 2])
                                               or (at > 2 and k.is_count(words[at - 3])))) or \
        (at > 2 and words[at - 2] == "من" and _may_head_construct(words[at - 1]) and k.is_count(words[at - 3])) or \
        (at > 3 and words[at - 1] == "من" and k.is_count(words[at - 4]) and not _definite(words[at - 2])
         and words[at - 2].endswith(("ين", "ون")) and k.group_of([words[at - 3]]) is not None)
    # (and in construct with a group noun after من: "تسعة من مسلحي الحوثي"; past the group's adjective:
    # "خمسة عناصر مفترضين من تنظيم القاعدة")


def _country_of_named_before(actor_at: dict, pos: int) -> str | None:
    """The country of the last person or body with one named before token `pos` (whose country
    "بلاده" is), or None."""
    return next((x["country"] for kk, x in sorted(actor_at.items(), reverse=True)
                 if kk < pos and x["type"] in ("PER", "ORG") and x.get("country")
                 and x["country"] not in PSEUDO_COUNTRIES), None)


def _we_did(w: str, t: Trigger) -> bool:
    """The verb `w` of trigger `t` is in the past, of "we" (اعتقلنا، ودعمنا): its ending نا is no
    letter of the verb's own (not طعنا); or of "I", for a verb that ends in a vowel (التقيت، دعوت: not
    التقت، دعت, hers)."""
    b = w[1:] if w[:1] in "وف" and len(w) > 5 else w
    stem = t.words[0].rstrip("*")
    if b.endswith(("يت", "وت")) and len(b) >= 4 and stem.endswith(("ي", "ى", "ا")) and len(stem) >= 3 \
            and b[:-2] == stem[:-1]:
        return True
    return b.endswith("نا") and len(b) >= 5 and not stem.endswith("ن") and b[:1] not in "يتن" \
        and b[:-2].startswith(stem[:3])


def _joined_plural_verb(w: str) -> bool:
    """A plural or dual verb behind و (وتبادلوا، وتبادلتا): joined to the verb before, with its subject."""
    return w[:1] == "و" and w.endswith(("وا", "تا")) and len(w) > 5


def _body_of_head(article, head: str, pos: int) -> dict | None:
    """The organisation named last before `pos` whose name opens with `head` (الهيئة: هيئة
    الأمم المتحدة), or None."""
    h = strip_article(fold(head))
    return next((e for e in sorted(article.entities, key=lambda e: e["start"], reverse=True)
                 if e["start"] < pos and e["type"] == "ORG"
                 and h in (strip_article(fold(e["text"].split()[0])), strip_article(fold(e["canonical"].split()[0])))), None)


def _first_actor(sent_ents: list[dict], text: str = "") -> dict | None:
    """The sentence's first person or organisation, not an outlet it quotes or writes to
    (قال لـ«الشرق الأوسط»), nor one behind a preposition (طالبوا بتأجيل الانتخابات للأمم المتحدة: no
    subject a pronoun of the next sentence takes up)."""
    for x in sent_ents:
        if x["type"] in ("PER", "ORG") and not _is_outlet(x) and not (text and _behind_preposition_at(text, x)):
            return x
    return None


def _behind_preposition_at(text: str, x: dict) -> bool:
    """The entity `x` of `text` stands behind a preposition: a letter on its first word (للأمم المتحدة،
    بالحكومة) or a word before it (_PREPOSITIONS, لدى)."""
    name = fold(x["text"])
    if name.startswith(("لل", "بال", "ولل", "وبال")):
        return True
    before = fold(text[max(0, x["start"] - 8):x["start"]]).split()
    return bool(before) and before[-1] in _PREPOSITION_WORDS


_PREPOSITION_WORDS = _PREPOSITIONS | {fold("لدى")}


_LOCAL_TARGET = ("PROTEST", "ASSAULT", "COERCE")
_TANWEEN = ("\u064b", "\u064c", "\u064d", "\u064bا", "ا\u064b")


def _code(article, coder: EventCoder, sent, words, i, j, t: Trigger, sent_ents, stop: int, prev_subject,
          cause: int | None = None, skip: set[int] | frozenset = frozenset(), tolls: set[int] | frozenset = frozenset()):
    """The event of trigger words[i:j]: its source and target read from the clause up to
    `stop` (the next trigger); `cause` is where the noun of the attack that caused a
    killing stands, when the sentence names one (قتلوا في هجوم لطالبان); `skip`, the
    positions of such nouns."""
    n = len(sent)
    tok_starts = [tk.start for tk in sent]
    lo, _ = _clause(words, i, j)
    lo = _past_aside(words, lo)
    if lo == i and i >= 3 and words[i - 1] in ("،", ",") and not t.noun and words[i][:1] not in "وف" \
            and words[(opening := _clause(words, i - 2, i - 1)[0])] in _KANA \
            and not any(_past_verb_by_use(w) for w in words[opening + 1:i - 1]):
        lo = opening  # "وكان ولي العهد ... الأمير محمد بن نايف، استقبل": the subject "was" opens, set off
        # by a comma from its verb (not one joined by و to a clause with a verb of its own: "وكان الجيش السوداني
        # أعلن مرارًا عزمه ...، وأرسل")
    told_before = False  # a meeting told before, in which the one named right before it speaks
    if t.words == ("طالب",) and i > 0 and words[i] == "طالب" and words[i - 1][:1].isalpha() \
            and words[i - 1] not in _VERB_OPENERS and not _time_phrase(words[i - 1:i]) \
            and not any(x["end"] == sent[i - 1].end for x in sent_ents) and not any(
            w[:1] == "ب" or w in _IN_IT or w in _COMPLEMENTIZERS or _bare(w) in ("الي", "ان") for w in words[j:j + 8]):
        return None  # "زميله طالب المدارس الأهلية", "الصحفي طالب المعلومة": a student, a seeker, after a
        # noun; the verb "demanded" opens its clause (بدوره طالب، حيث طالب) or asks behind بـ or أن
    if t.words == ("طالب",) and words[i] == "طالب" and (
            (i > 0 and (coder.kb.is_count(words[i - 1]) or words[i - 1][:1].isdigit()))
            or any(w in ("طالبه", "وطالبه") for w in words[j:j + 2])):
        return None  # "بألف وثلاثمائة طالب شاركوا", "لا يجتازها طالب أو طالبة": students counted or paired
    if t.mode == "visit" and not t.noun and i > 0 and any(
            x.type == "AID" and x.noun for w in (words[i - 1], words[i - 2] if i > 1 and words[i - 1] in _RELATIVES else "")
            for x in _starting(w)):
        return None  # "معظم المساعدات التي وصلت إلى عدن": aid arrives, no one visits
    if t.mode == "visit" and t.noun and j < len(words) and (coder.kb.is_count(words[j]) or words[j] in _NUMBERS_OF):
        return None  # "وصول أعداد كبيرة إلى إيطاليا واليونان", "وصول آلاف اللاجئين": crowds arriving pay no visit
    if t.mode == "visit" and t.noun and t.words[0] in _ARRIVAL_NOUNS and j < len(words) and words[j][:1].isalpha() \
            and j == i + 1 and not sent[i].text.rstrip(DIACRITICS + TATWEEL).endswith(_POSSESSIVES) \
            and words[j] not in _PREPOSITIONS and not _prepositional(words[j]) \
            and not any(x["start"] == sent[j].start for x in sent_ents) and words[j] not in _HONORIFIC_PRONOUNS \
            and not (coder.kb.role_of([words[j]]) or coder.kb.group_of([words[j]]) or coder.kb.people_of(words[j])
                     or coder.kb.nationality_of(words[j]) or _title_head(words[j]) or words[j] in _HONORIFICS
                     or coder.nominal_actor(article, sent, words, j, j + 1) is not None) \
            and (words[j].startswith("ال") or sent[j].text.rstrip(DIACRITICS + TATWEEL).endswith(_POSSESSIVES + ("هن", "نا"))):
        return None  # "وعند وصول عقودهن إلى المملكة": a thing arriving, no one, pays no visit
    if t.mode == "arrest" and _bare(words[i]).startswith(_HOLDING) and any(
            _is_accident(w) or strip_article(_bare(w)).startswith(_RESCUE) for w in words):
        return None  # "بلاغ عن احتجاز شخصين بداخل بئر ... فرقة إطفاء وإنقاذ": trapped, in an accident, not held
    if t.mode == "martial-law" and (any(strip_article(_bare(w)).startswith(_MEDICAL) for w in words[j:j + 4])
                                    or any(strip_article(_bare(w)).startswith(_MEDICAL) for w in words[max(lo, i - 6):i])):
        return None  # "إعلان حالة الطوارئ في كافة مستشفيات المنطقة": the hospitals' alert, no martial law; nor is
        # a health office's ("أعلنت مديرية الشؤون الصحية في منطقة عسير حالة الطوارئ")
    # support in construct with who is supported: its giver is a verb's subject
    declared = t.type == "SUPPORT" and t.noun and not t.patient and _supported_genitive(coder, sent, words, i, j, lo,
                                                                                       sent_ents)
    if declared:
        t = replace(t, patient=True)
    if t.type == "AGREE" and not t.noun and _pledged_violence(words, j):
        # "تعهدت المقاومة بقتال الحوثي": a pledge to fight is a threat to the one fought
        t = replace(t, type="THREATEN", mode="violence", contexts=())
    if t.type in _KILLING and not t.noun and _behind_preposition(words[i], t.words[0]) \
            and (words[i][:1] == "ب" or any(_bare(w).startswith(_UNDERGO) for w in words[max(lo, i - 4):i])):
        # "تعرضت محافظة حلب لقصف الطيران المروحي", "أفاد ناشطون بقصف قوات النظام للبلدة": the
        # bombing, a noun (who reports it, condemns it or asks for it is not its author; one
        # who carries it out does so by a light verb: "قام الطيران بقصف")
        t = replace(t, noun=True)
    elif not t.noun and t.words[0].endswith("*") and _definite(words[i]) \
            and strip_article(words[i]).startswith(t.words[0][:-1]) \
            and (t.type in _KILLING or (j < len(words) and coder.kb.adjective_of(words[j]))):
        # "استنكار الجامعة للقصف التركي", "الرفض الأمريكي": a verb takes no article, the bombing or the
        # refusal is a noun, its author the adjective after it (not who condemns it)
        t = replace(t, noun=True)
    # "قال النائب إن عشرة أشخاص قتلوا", "بيّن كميل حسين أن القبض على": who says it is not in
    # the clause that "إن" opens (but "قرر أن يلتقي": a verb right after أن shares the subject
    # of the verb before it, who decides to meet is who meets)
    c = next((c for c in range(i - 1, lo - 1, -1) if words[c] in _COMPLEMENTIZERS), None)
    if c is not None and (any(_reporting(w) for w in words[lo:c]) or c + 1 != i or t.noun or _definite(words[i])):
        lo = c + 1
    if not t.noun and i > lo and _opens_quote(words, i - 1) and any(_reporting(w) for w in words[lo:i - 1]) \
            and j < len(words) and (coder.kb.group_of([words[j]]) or any(
                x["start"] == sent[j].start and x["type"] in ("PER", "ORG") for x in sent_ents)):
        # 'وقال المتحدث باسم حاكم الإقليم "هاجمت مروحيتان أمريكيتان نقطة التفتيش': who speaks before a quotation
        # that opens with a verb and its own subject is in no clause of it (but «سنجري محادثات»: he speaks of
        # what he does)
        lo = i
    # "قتل النائب العام في تفجير استهدف موكبه": the attack right before the verb is its subject,
    # not a person named before it
    attack_subject = t.type in _KILLING and not t.noun and i > lo and _attack_before(words, i, lo) \
        and words[i][:1] not in "وف"
    # "يزور طهران منذ توقيع اتفاق نووي", "في أعقاب اعتقال الرئيس": an event told as the time of
    # another, none of whose doers is named before it
    told_as_time = (i > lo and ((t.noun and (_bare(words[i - 1]) == "منذ" or _bare(words[i - 1]) in _AFTERMATH
                                             or _span_before(words, i, lo))) or (
        t.type not in _KILLING and words[i - 1] in _IN_THE_WAKE)) and not sent[i].text.endswith(_POSSESSIVES)) \
        or (attack_subject and any(_attack_noun(words[p]) and _span_before(words, p, lo) for p in range(max(lo, i - 3), i))) \
        or (t.type in _KILLING and any(_involvement(w) for w in words[max(lo, i - 3):i]))
    # (and the verb whose subject is such an attack noun: "بعد ساعات على تفجيرات استهدفت سيارات ناشطين"; and what
    # one is suspected of: "احتجزت رجلا للاشتباه في ضلوعه في القتل", no act of the police)
    # ("سلامة جميع المواطنين السعوديين في استراليا إثر تظاهرات معادية للإسلام": those safe after the
    # protests did not protest, and a word after إثر is a noun whatever the lexicon reads; but who is
    # killed after an attack suffers it)
    def nominal_at(k: int) -> dict | None:  # the unnamed actor starting at words[k], if any
        return coder.nominal_actor(article, sent, words, k, k + 1)

    actor_at: dict[int, dict] = {}
    for x in sent_ents:
        if x["type"] in ("PER", "ORG") or _is_country(x):
            at = bisect_right(tok_starts, x["start"]) - 1
            if x["type"] == "PER" and _in_place_name(coder.kb, words, at):
                continue  # "وحديقة الأمير عبد العزيز بن عياف", "بمستشفى الملك فيصل": a place named after someone
            if x["type"] == "ORG" and _among(fold(x["text"]), _PLATFORMS):
                continue  # "بصور نشرت على موقع فيسبوك": where one writes, no party
            if x["type"] == "ORG" and strip_article(_bare(words[at])) in _PROVINCES and at > 0 and (
                    words[at - 1] in _LOCATIVE or words[at - 1] in _PLACE_ASIDE or _TARGET_PREPS.get(words[at - 1]) == "to"
                    or words[at][:1] in "بل" or (t.mode == "visit" and t.noun and at == j)):
                continue  # "انسحبوا إلى مدينة الحوطة عاصمة محافظة لحج"، "إلى زيارة محافظة عدن": the province as a place
            if x["type"] == "ORG" and not x.get("country") and strip_article(_bare(words[at])) in _FRONTS \
                    and ((at > 0 and words[at - 1] in _LOCATIVE) or words[at][:1] == "ب"):
                continue  # "في جبهة الجفينة": a front line, where the fighting is, no party
            actor_at.setdefault(at, x)
    capital_subject = False  # a capital after a verb and its resumptive pronoun is its subject: none before it
    if not t.noun and t.type in _SAID_BY_CAPITALS and _feminine_verb(words[i], t):
        # (not after a verb that opens its sentence behind و, whose subject is often the last
        # sentence's: "ودعت طهران إلى اقتناص الفرصة" is who called on Tehran)
        after = () if i <= 1 and words[i][:1] in "وف" and not _stance_on_acts(words[i], t) else (j, j + 1)
        for x in sorted(sent_ents, key=lambda x: x["start"]):
            k = bisect_right(tok_starts, x["start"]) - 1
            if x["type"] == "LOC" and x.get("geonameid") in gazetteer().capitals and k not in actor_at \
                    and ((k in after and (k == j or j in actor_at or words[j] in _RESUMPTIVE))
                         or (k == i - 1 and not (k and words[k - 1] in _LOCATIVE))
                         or (k == i - 2 and words[i - 1] in _RELATIVES)) and (x["start"] == tok_starts[k] or (
                            k == i - 1 and words[k][:1] in "وف" and x["start"] == tok_starts[k] + 1)):
                # "رفضت موسكو", "طهران تتهم", "وواشنطن تدين", "واشنطن التي تدعم", "ما نددت به بكين": a capital as the
                # subject of a verb of stance that agrees with it (a city is feminine) speaks for its government
                actor_at[k] = {**x, "sector": "GOV"}
                # (in a relative clause whose pronoun takes up its object, the subject: "ما نددت به
                # بكين"; not "واشنطن دعت طهران")
                capital_subject = capital_subject or (k > i and words[j] in _RESUMPTIVE)
    if t.noun and t.type in ("ASSAULT", "COERCE", "MOBILIZE"):
        for x in sent_ents:
            k = bisect_right(tok_starts, x["start"]) - 1
            if x["type"] == "LOC" and lo < k < i and x["start"] == tok_starts[k] and k not in actor_at \
                    and x.get("geonameid") in gazetteer().capitals and _raw_light_verb(words[k - 1]) \
                    and words[k - 1].endswith("ت"):
                actor_at[k] = {**x, "sector": "GOV"}  # "شنت أنقرة غارات", "أطلقت موسكو حملة": a capital as the
                # subject of a verb that carries an attack speaks for its government
    # a noun, or a verb's form read as its noun behind a preposition or "after" (في رفض، برفض، لرفض، بعد
    # رفض; not "من رفض", whoever refused, but "تمكنت من قتل"، "بالرغم من رفض", or ليرفض), after a word of
    # cause outside an attack (بسبب رفض موظفين), or as the object of a verb of stance (دانت المنظمة الخميس قصف
    # المتمردين)
    # one joined to the verbal noun after "managed to" is a verbal noun too: "تمكنت من تدمير ثلاثة أطقم تابعة
    # للحوثيين وقتل القيادي أبو كهلان الحوثي", the leader killed by whoever managed it
    managed_join = not t.noun and words[i][:1] == "و" and _bare(words[i]) != words[i] and (managed_at := next(
        (p for p in range(i - 2, max(lo, i - 9), -1) if words[p] == "من" and p > lo
         and _bare(words[p - 1]) in _MANAGING), None)) is not None \
        and not any(w in ("،", ",") for w in words[managed_at:i])
    masdar = t.noun or (i > lo and (words[i - 1] in _PREPOSITIONS or words[i - 1] in _JUST_AFTER) and (
        words[i - 1] != "من" or (i - 1 > lo and (_bare(words[i - 2]) in _MANAGING
                                                 or _bare(words[i - 2]) in _DESPITE)))) or (
        t.type in _KILLING and _stance_before(words, i, lo) is not None) or (
        t.type not in _KILLING and i > lo and words[i - 1] in _CAUSES) or (
        words[i][:1] in "بل" and _bare(words[i]) != words[i] and words[i][1:2] not in "يتن") or managed_join
    capital_genitive = False
    if masdar and t.type in _SAID_BY_CAPITALS and t.type not in ("AGREE", "CONCEDE") and j < n \
            and j not in actor_at and not t.patient:
        # "في رفض واشنطن إقامة منطقة آمنة", "برفض طهران", "دعم موسكو للأسد": a capital in construct
        # with a noun of stance speaks for its government, as a country does (not an agreement's:
        # اتفاق فيينا is named for where it was made)
        x = next((x for x in sent_ents if x["type"] == "LOC" and x["start"] == tok_starts[j]
                  and x.get("geonameid") in gazetteer().capitals), None)
        if x is not None:
            actor_at[j] = {**x, "sector": "GOV"}
            capital_genitive = True
    source: list[dict] = []
    target: list[dict] = []
    said: list[dict] = []  # sources that are the subject of the light verb carrying the trigger
    subjected: int | None = None  # where a verb of undergoing stands (تعرضت لهجوم); -1: the object came first
    counted = not (t.type == "ASSAULT" and t.follows) and (
        _counted_after(coder.kb, t, words, j, {kk for kk, x in actor_at.items() if x["type"] in ("PER", "ORG")})
        or _named_victim(coder.kb, t, words, j, actor_at, tok_starts)
        or (t.type in ("ACCUSE", "SANCTION") and not t.noun and j + 1 < n and coder.kb.is_count(words[j])
            and words[j + 1] in _OF_THEM))
    # (those counted "of them" after a charge are charged: "اعتقل نحو 150 شخصًا في تونس واتهم 15 منهم")
    # (not who stands between the verb and the fire it opens: "فتح مسلحان صباح الاثنين النار")
    # "لمساعدة اللاجئين السوريين", "تعمل على مساعدة السكان": helping, the genitive is the one helped (not "بمساعدة
    # من روسيا", with its help, nor "المساعدة الأميركية", the aid)
    helping = t.type == "AID" and t.noun and _bare(words[i]) == _HELPING and not _definite(words[i]) and (
        words[i][:1] == "ل" or (i > 0 and words[i - 1] in _ON_IN))
    role = "target" if t.patient or counted or helping else "source"
    if t.type in _KILLING and t.noun and role == "source" and i > lo and not _definite(words[i]) \
            and (words[i - 1][:1].isdigit() or coder.kb.is_count(words[i - 1])) and j < n and _definite(words[j]) \
            and words[j][:1] != "ل" and _bare(words[i]) == words[i] \
            and any(not x.noun and x.type in _KILLING for k2 in range(max(lo, i - 6), i - 1) for x in _starting(words[k2])):
        role = "target"  # "مقاتلات التحالف استهدفت بأكثر من 20 غارة الميليشيات المتمردة": a counted noun takes no
        # genitive; who follows it is what the verb before struck with it (not "غارات للتحالف", the coalition's)
    if t.type in _KILLING and t.noun and i >= 2 and words[i - 1] == "في" and (
            _bare(words[i - 2]).startswith(_HARM_UNDERGONE) or _bare(words[i - 2]) in _KILLED_IN):
        role = "target"  # "وأصيب في الانفجار ثلاثة جنود", "وقتل في الهجوم": those hurt in it, named after it
    if t.noun and t.type in ("ACCUSE", "SANCTION", "COERCE") and role == "source" \
            and any(w in _REACHING for w in words[j:min(n, j + 4)]):
        role = "target"  # "وسط اتهامات بالفساد طالت العديد من مسؤولي الفيفا", "اعتقالات طالت ناشطين": whom the
        # accusations, sanctions or arrests reached suffered them
    if t.type == "ASSAULT" and not t.noun and role == "source" and not words[i].endswith(("وا", "ت")) and i == lo \
            and j < n and not _definite(words[j]) and actor_at.get(j) is None \
            and any(v[:1] == "و" and _bare(v).startswith(_HARM_UNDERGONE) for v in words[j + 1:min(n, j + 6)]):
        role = "target"  # "قتل نقيب شرطة ومجند وأصيب ثلاثة آخرون": killed and hurt told together, both undergone
    questioned = t.noun and t.mode == "investigate" and len(t.words) > 1 and t.words[-1] in _INVESTIGATED_BEHIND \
        and words[j - 1] in _INVESTIGATED_BEHIND  # (not "التحقيق معه": the one questioned is the pronoun)
    if questioned:
        role = "target"  # "فتحت النيابة تحقيقا مع رئيس الوزراء السابق نوري المالكي": who is questioned
        # follows the preposition of the inquiry
    unnamed_subject = False  # the verb's subject is named, but no actor (أشاد الفنان بـ)
    if not t.noun and i > lo and words[i - 1] in _HIS_COUNTRY \
            and (his := _country_of_named_before(actor_at, i - 1)) is not None:
        # "وقال وزير الخارجية القطري خالد العطية إن بلاده ترفض": his country, Qatar, rejects
        source.append({"entity": None, "text": sent[i - 1].text, "country": his, "sector": None})
        role = "target"
    if not t.noun and j + 1 < n and (words[j] in _IN_HIS_TURN or (words[j] == "من" and words[j + 1] in _HIS_SIDE)) \
            and _oblique_plural(words[j + (1 if words[j] in _IN_HIS_TURN else 2)] if j + 2 < n else "", "ين"):
        role = "target"  # "وطالب من جهته اليمنيين بالانضمام", "ودعا بدوره المواطنين": his part told right after
        # the verb, a plural in ين after it is its object, its subject dropped (but "وأدان من جهته رئيس الوزراء")
    if not t.noun and i > lo and (words[i - 1] in _WHOEVER or (words[i - 1] == "من" and (
            i - 1 == lo or words[i - 2] in ("«", '"', "“") or words[i - 2] in _WHOEVER_BEFORE))) \
            and not _passive(sent[i].text):
        role, unnamed_subject = "target", True  # "أول من انتقد «داعش»", "كل من يرفض سداد الإتاوات للمتطرفين": "who",
        # whoever it is, did it; who follows is its object
    if not t.noun and _we_did(words[i], t):
        role, unnamed_subject = "target", True  # "اعتقلنا خبراء عسكريين إيرانيين": "we" did it, to those after
    if not t.noun and t.type in _ADDRESSED and j + 1 < n and (i == lo or (i == lo + 1 and (
            words[lo] in _FA_QAD or words[lo] == "كما"))) and actor_at.get(j) is None and _definite(words[j]) \
            and coder.kb.org_head(words[j]) and (x := actor_at.get(j + 1)) is not None and x["type"] in ("PER", "ORG"):
        # "كما يناشد المركز الأمم المتحدة": a body named by its head right after the verb is its subject, the last
        # one of that head named before; the one named after it is called on
        body = _body_of_head(article, words[j], sent[i].start)
        if body is not None and body.get("id") != x.get("id"):
            source.append(_actor(body))
        role, unnamed_subject = "target", True
    elif not t.noun and t.type in _ADDRESSED and j + 1 < n and (i == lo or (i == lo + 1 and words[lo] in _FA_QAD)) \
            and actor_at.get(j) is None \
            and _unnamed_subject_at(article, coder, sent, words, j):
        role, unnamed_subject = "target", True  # "واتهمت وسائل إعلام مؤيدة للحكومة حزب الشعوب الديمقراطي": an
        # indefinite noun right after the verb, no actor the lexicons know, is its subject; who follows, its object
    if t.noun and t.type == "REQUEST" and i > 1 and words[i - 1] in ("،", ",") and words[i] in _DEMANDING_HAL \
            and j < n and _definite(words[j]) and ((before := _ending_at(actor_at, sent, i - 2)) is None
                                                    or before["type"] == "LOC"):
        # (not the object of a verb right after its subject: "أيد مجلس محافظة نينوى، مطالبة المحافظ")
        # "رحبت جامعة الدول العربية بالهدنة، مطالبة المليشيات المتمردة باحترامها": after a comma, with an
        # object after it, "demanding" goes on from the clause before: its subject demands, who follows is asked
        subject = next((x for kk, x in sorted(actor_at.items()) if kk < i - 1 and x["type"] in ("PER", "ORG")
                        and not _oblique(words, kk, x, tok_starts)), None)
        if not any(w in _QUOTES for w in words[:i]):  # (nor one inside what is quoted)
            if subject is not None:
                source.append(_actor(subject))
            role = "target"  # (and with the subject dropped: "وأشارت إلى أن القدس بحاجة ...، مطالبة الدول كافة")
    goal_first = False  # "وصل إلى مدينة عدن اليوم ... خالد بحاح": the place gone to before the subject
    # "القبض على": who follows the trigger's own preposition is acted on
    own_prep = j - i > 1 and _TARGET_PREPS.get(words[j - 1]) in ("on", "against")
    if own_prep:
        role = "target"
    if not t.noun and t.type in _MEETINGS and ((
            j + 2 < n and _bare(words[j]) in _DELEGATION and words[j + 1] == "من"
            and actor_at.get(j + 2) is None and coder.nominal_actor(article, sent, words, j + 2, j + 3) is None) or (
            i > 0 and _bare(words[i - 1]) in _DELEGATION and actor_at.get(i - 1) is None
            and coder.nominal_actor(article, sent, words, i - 1, i) is None)):
        role, unnamed_subject = "target", True  # "والتقى وفد من الشركة ... وزير الدولة", "وبين أن وفدا التقى
        # ... رياك مشار": a delegation of no actor met, and who follows is whom it met
    if not t.noun and t.type in _MEETINGS and j < n and words[j] in _DURING_PRONOUNS:
        # "الزيارة التي قام بها ... الأمير محمد بن سلمان لمصر أمس، والتقى خلالها الرئيس المصري": who met
        # "during it" is the visitor, the first person named; who follows, the one met
        visitor = _first_person_before(actor_at, i) or _visitor_before(actor_at, i)
        if visitor is not None:
            source.append(_actor(visitor))
        role = "target"
    after_comma = i >= 1 and words[i - 1] in ("،", ",")  # (مقال نشره ...، انتقد فيه: the clause opens at the comma)
    if not t.noun and j < n and words[j] in _IN_IT and t.type in _ADDRESSED and (i > lo or after_comma) \
            and (after_comma or words[i - 1].endswith("ا") or words[i - 1] in _ANY_RELATIVE
                 or words[i - 1][1:] in _ANY_RELATIVE
                 or _preverbal_subject(article, coder, sent, words, i, lo, actor_at, tok_starts) is not None) \
            and not (j + 1 < n and words[j + 1].endswith(("ون", "ان")) and not coder.kb.people_of(words[j + 1])
                     and actor_at.get(j + 1) is None):  # (a name so ending is none: "يطالب فيها إيران")
        # "أصدرت بيانا دعت فيه حزب الله للعودة": the subject is who issued what the verb is said in,
        # named before it; who follows "in it" is called on (but "مع بيان دعت فيه «أوبك» المنتجين",
        # "حيث طالب فيها المهندسون": the subject follows; but a people's name ends so too: "كلمات ...
        # والتي تحث فيها الالمان على تحدي": a relative's clause, whose subject is its antecedent)
        role = "target"
        if after_comma and (issuer := next((x for kk, x in sorted(actor_at.items()) if kk < i - 1
                                            and x["type"] in ("PER", "ORG") and not _behind_pp(words, kk)), None)):
            source.append(_actor(issuer))  # "وأصدر مجلس الأمن 6 قرارات ...، يطالب فيها إيران": who issued them
    after_adjective = 0
    # "مشاكل مع الشرطة عندما ألقي القبض عليه": a passive light verb not behind a relative (الذي
    # ألقي القبض عليه، من ألقي القبض عليه) has its patient in a pronoun after it; no one named before
    # it is the patient, nor its author
    light_passive = not t.noun and j > i + 1 and _passive_light_verb(sent, words, i)
    no_patient_before = light_passive and not (i > 0 and (words[i - 1] in _RELATIVES or words[i - 1] == "من"))
    victims_before = None  # where the victims read before a killing verb start (العشرات من المتمردين قتلوا)
    passive = not t.noun and (t.undergoer or _passive(sent[i].text) or light_passive or (
        # "قرب مكان قتل فيه جندي تركي": a pronoun taking up the place between the verb and an
        # indefinite noun after it makes the verb passive (not "التي قتل فيها الجيش مئات المسلحين")
        t.type in _KILLING and j + 1 < n and words[j] in _RESUMPTIVE and words[j][:1] in "فب"
        and not _definite(words[j + 1]) and (coder.kb.is_count(words[j + 1]) or coder.kb.group_of([words[j + 1]])
                                             or coder.kb.role_of([words[j + 1]]))) or (t.type in _KILLING and (
        (j == i + 1 and _aged(sent, j) and not (i > lo and (named_before := _ending_at(actor_at, sent, i - 1)) is not None
                                                and named_before["type"] in ("PER", "ORG")))
        or (_no_object(words, j) and _bare(words[i])[1:2] != "ا" and j == i + 1
            and not _object_on_verb(words[j - 1], t) and not _follows_past_time(t, words, j)))))
    if not passive and t.type in _KILLING and not t.noun and i == lo and j < n \
            and (first_named := next((actor_at[c] for c in range(j, min(n, j + 10)) if c in actor_at
                                      and actor_at[c]["type"] != "LOC"), None)) is not None \
            and first_named["type"] == "PER" and not coder.kb.group_of([words[j]]) \
            and not _definite(words[j]) and _killed_by_cause(words, j, n):
        passive = True  # "قتل مدير منفذ مدينة بنغازي البحري العقيد عبد الله السعيطي جراء الاشتباكات": a man
        # named first after a verb opening its sentence (his title first, no body before him), with what
        # killed him after, was killed
    # (a verb with alef after its first letter is written otherwise in the passive: "مروحيتين
    # هاجمتا في الساعة السادسة" attacked, هوجمتا were attacked; قاد, قيد; nor is one with an object
    # pronoun: "جددت قوات الأسد قصفها، بقذائف الهاون": bombed it)
    freed = False  # a verb in the feminine sets free one named before: its subject opens the clause
    if not passive and t.follows and (jf := _past_time(words, j)) < n \
            and (words[jf] in t.follows or _bare(words[jf]) in t.follows) \
            and not (freed := words[i].endswith("ت") and _bare(words[jf]).startswith(_RELEASED)) \
            and not words[i].endswith("وا") and (words[i][:1] in "وف" or _preverbal_subject(
                article, coder, sent, words, i, lo, actor_at, tok_starts) is None):
        passive = True  # "وأطلق سراحهم", "أطلقت صواريخ على نجران": with no subject between, was released, were fired
        # (not a verb in the feminine before what is masculine: "وأطلقت سراحهما", she freed them)
    released_one = False  # "ثم أفرج عنه بكفالة": with no subject between the verb and عن, he was released
    if not passive and t.mode == "release" and not t.noun and not t.follows and j < n \
            and words[j].startswith("عن") and len(words[j]) <= 5 and not words[i].endswith(("ت", "وا", "تا")) \
            and (words[i][:1] in "وف" or _preverbal_subject(article, coder, sent, words, i, lo, actor_at, tok_starts) is None):
        passive = words[j] == "عن"  # (who follows عن is the one let go)
        released_one = not passive  # (the one the pronoun takes up, read as the verb's subject, is let go)
    if passive and not t.undergoer and _object_past_time(words, j) \
            and _preverbal_subject(article, coder, sent, words, i, lo, actor_at, tok_starts) is not None:
        passive = False  # "الشرطة العراقية اعتقلت أمس خمسة مسلحين": a subject before, an object after the time
    if not passive and t.type in _KILLING and not t.noun and j + 1 < n and words[j][:1].isalpha() \
            and not _definite(words[j]) and not (words[i].endswith("وا") and words[j].endswith(("ا", "اً"))) and any(
                words[c][:1] == "ب" and words[c][1:] in _FIRE and not any(
                    coder.kb.is_count(v) or (v.endswith("ا") and coder.kb.group_of([v])) for v in words[c + 1:c + 4])
                for c in ((j + 1, j + 2) if j + 2 < n and coder.kb.adjective_of(words[j + 1]) else (j + 1,))):
        # "وقتل جندي برصاص قناص إسرائيلي": one was killed by the gunfire (not "قتل متطرفون
        # بالرصاص 48 مصليا": an object after it; nor "جنودا إسرائيليين قتلوا صبيا فلسطينيا بالرصاص": one
        # in the accusative after a plural verb, its object)
        passive = True
    if not passive and t.type == "COERCE" and not t.noun and i > 0 and words[i - 1] in _RELATIVES \
            and not words[i].endswith(("ت", "وا", "تا")) and _no_object(words, j):
        passive = True  # "الضابط عصام القمري الذي اعتقل لاحقا": a relative's verb of arresting with nothing
        # after it to act on was done to its antecedent
    if not passive and t.type in _KILLING and not t.noun and j + 1 < n and words[j][:1] == "ب" \
            and _attack_noun(words[j][1:]) and not any(coder.kb.is_count(v) or v[:1].isdigit() for v in words[j + 1:j + 5]) \
            and not any(x["start"] >= tok_starts[j + 1] and x["start"] < (tok_starts[j + 5] if j + 5 < n else sent[-1].end)
                        for x in sent_ents):
        passive = True  # "وكان الفضلي قد استهدف بضربة جوية أمريكية": struck by the strike right after the
        # verb, with no one counted or named after it as its object (not "قتلت بغارة جوية 20 مسلحا",
        # "استهدفت بغارات جوية مدينة دوما")
    if not passive and t.type in _KILLING and not t.noun and len(t.words) == 1 and j < n \
            and _bare(words[i]) in ("قتل", "قتلت") and _unnamed_killed(coder.kb, words, j, actor_at, tok_starts):
        passive = True  # "وقتل جندي إسرائيلي في الاشتباك": one was killed, with no one named as killed after him
    if not passive and t.type == "COERCE" and not t.noun and j < n and not words[i].endswith(("ت", "وا")) \
            and (named := actor_at.get(j)) is not None and named["type"] == "PER" \
            and (_charged_after(words, bisect_left(tok_starts, named["end"]), n)
                 or (t.mode == "arrest" and (e_ := bisect_left(tok_starts, named["end"])) < n and words[e_] == "مع")):
        passive = True  # "واعتقل ويب مع ستة مسؤولين آخرين في الفيفا بتهم الرشوة": a person held on
        # a charge was arrested, no arrester
    if not passive and t.mode == "arrest" and not t.noun and words[i].endswith("وا") and j < n \
            and (words[j] in _FOR_THEY or (words[j][:1] == "ب" and _bare(words[j]).startswith(("تهم", "سبب")))):
        passive = True  # "أن عملاء لإيران اعتقلوا لأنهم كانوا يخططون لأعمال إرهابية": with why right after the
        # verb and no one held after it, those named before were held
    jc = _past_dated(words, j)
    if not passive and t.type == "ACCUSE" and t.mode == "allege" and not t.noun and jc < n and _has_bi(words[jc]) \
            and len(words[jc]) > 3 and actor_at.get(jc) is None and words[jc] not in _IN_TURN \
            and not words[jc].startswith(("بان", "باني")) and not _object_on_verb(words[i], t) \
            and (not words[i].endswith(("وا", "ون")) or (i > 0 and _bare(words[i - 1]) == "انهم")):
        passive = True  # "بالمر الذي اتهم بقتل سيسل": the charge right after the verb, he was accused (past
        # a date: "إلا أنهم اتهموا في 20 حزيران عام 1980 بمحاولة اغتيال الرئيس")
    charge_at: int | None = None  # where the charge of an accusation read as passive stands
    if not passive and t.type == "ACCUSE" and t.mode == "allege" and not t.noun and j < n \
            and not _object_on_verb(words[i], t) and not words[i].endswith(("وا", "ون")):
        # "واتهمت الصحيفة حينها بنشر معلومات كاذبة": one named right after the verb, then (past a time) the
        # charge, with no one else accused between: she was accused
        x = actor_at.get(j)
        one = x if x is not None and x["type"] in ("PER", "ORG") else None
        unnamed = coder.nominal_actor(article, sent, words, j, j + 1) if x is None else None
        if one is not None or unnamed is not None or (_definite(words[j]) and words[j][:1].isalpha()):
            at = bisect_left(tok_starts, one["end"]) if one is not None else \
                j + len(unnamed["text"].split()) if unnamed is not None else j + 1
            while at < n and (_time_phrase(words[at:at + 1]) or words[at] in _RECENTLY):
                at += 1
            passive = at < n and at > j and _has_bi(words[at]) and len(words[at]) > 3 and actor_at.get(at) is None \
                and words[at] not in _IN_TURN and (one is not None or unnamed is not None or at == j + 2)
            charge_at = at if passive else None  # (what she was accused of names no one else accused)
    if passive and not t.noun and not t.undergoer and not _passive(sent[i].text) and _object_on_verb(words[j - 1], t):
        passive = False  # "وقتلوهم بإطلاق النار على رؤوسهم": a verb that carries its object is active
    if passive:
        role = "target"  # "قُتلوا": the subject before and the noun after it are the ones acted on
    if t.type in _KILLING and not t.noun and not passive and i > lo and words[i - 1] in _CAMPAIGNS:
        role = "target"  # "كما شنت حملات استهدفت عناصر حزب العمال": the campaigns struck; who follows was struck
    if t.type in _KILLING and t.noun and i > lo and _among(words[i - 1], _AIMING):
        role = "target"  # "استهدف هجوم آخر حاجزا لمقاتلين أكراد": the attack is the subject of its aim
        if j < n and not _definite(words[i]) and (words[j][:1] == "ل" or _definite(words[j])):
            # "واستهدفت غارات للجيش التركي مواقع لحزب العمال", "استهدفت غارات التحالف": whose the
            # strikes are, behind ل or in construct, struck
            x = actor_at.get(j)
            owner = _actor(x) if x is not None and x["type"] in ("PER", "ORG") else \
                coder.nominal_actor(article, sent, words, j, j + 1) if x is None else None
            if owner is not None:
                source.append(owner)
                j = bisect_left(tok_starts, x["end"]) if x is not None else j + len(owner["text"].split())
    object_first = not t.noun and role == "source" and not passive and _object_on_verb(words[j - 1], t) and j < n
    after_titles = j
    while after_titles < min(n, j + 3) and (coder.kb.cue_kind(words[after_titles]) == "title"
                                            or words[after_titles] in _HONORIFICS):
        after_titles += 1  # "حيث استقبله اللواء الركن سعيد الغامدي": a rank before the name
    ranked_name = after_titles > j and (actor_at.get(after_titles) or {}).get("type") == "PER"
    subject_after = object_first and (actor_at.get(j) is not None or ranked_name
                                      or coder.nominal_actor(article, sent, words, j, j + 1) is not None
                                      or (j + 1 < n and _bare(words[j]) == words[j] and not _definite(words[j])
                                          and words[j][:1].isalpha() and actor_at.get(j + 1) is None
                                          and coder.nominal_actor(article, sent, words, j + 1, j + 2) is not None))
    # (and "قوات نظام الأسد تدعمها جماعات ميليشيا": a group in construct with one)
    pre = _preverbal_subject(article, coder, sent, words, i, lo, actor_at, tok_starts) \
        if object_first and not subject_after and words[j].startswith("ال") else None
    if subject_after or (pre is not None and pre[0]["entity"] is None and not _definite(words[pre[1]])):
        # "الجيش العراقي الذي تدعمه الولايات المتحدة", "استقبله الرئيس": the object is a pronoun
        # on the verb, so the actor right after the verb is its subject, the one before it the
        # object; so too in a relative clause on an indefinite noun, whatever its subject
        # ("مقاتلين يمنيين تدعمهم الضربات الجوية"; but "أعلن البيت الأبيض إدانته الشديدة")
        pre = pre or _preverbal_subject(article, coder, sent, words, i, lo, actor_at, tok_starts)
        if pre is not None:
            target.append(pre[0])
            subjected = -1  # (no one before the verb is its subject)
        elif t.mode == "visit" and (guest := next((x for kk, x in sorted(actor_at.items(), reverse=True)
                                                   if kk < i and x["type"] == "PER"), None)) is not None:
            # "زار الشيخ صلاح البدير مقر قيادة قوة جازان، حيث استقبله اللواء سعيد الغامدي": whom
            # "him" received is the person named last before, the visitor
            target.append(_actor(guest))
            subjected = -1
    elif not t.noun and not capital_genitive and not capital_subject \
            and (role == "source" or passive or counted or own_prep):
        # subject-verb order ("أن قوة إسرائيلية خاصة اغتالت ناشطا"): an actor ending right
        # before the verb, in its clause, is its subject; what follows the verb is its object
        pre = _preverbal_subject(article, coder, sent, words, i, lo, actor_at, tok_starts)
        if pre is not None and attack_subject and ((actor_at.get(pre[1]) or {}).get("type") == "PER"
                                                   or pre[0].get("entity") is None):
            pre = None  # "قتل النائب العام هشام بركات في تفجير استهدف موكبه", "وقتل ضابطا شرطة في هجوم
            # استهدفهما": the attack's victims
        elif pre is not None and words[i][:1] == "و" and not t.words[0].startswith("و") and not passive \
                and _object_of_verb_before(words, pre, i, lo, actor_at, tok_starts):
            # "إن الرئيس هادي التقى السفير الأمريكي وطالب بدعم الحكومة": the one named right before a verb
            # behind و, after another verb, is that verb's object; the verb shares its subject
            pre = None
        elif pre is not None and words[i][:1] == "و" and _bare(words[i]) != words[i] \
                and _joined_oblique(words, pre[1], lo, tok_starts):
            # "كثف المتشددون هجماتهم على أهداف للجيش والشرطة وقتلوا": one joined to who is behind a
            # preposition is no subject of a verb joined after it; the verb shares the one before's
            pre = None
        if pre is not None and not passive and t.type in _KILLING and words[i][:1] not in "وف" and j < n \
                and any(_reporting(w) for w in words[lo:pre[1]]) \
                and not any(w in _COMPLEMENTIZERS or w in ("،", ",") for w in words[lo:i]) \
                and (x := actor_at.get(j) or coder.nominal_actor(article, sent, words, j, j + 1)) is not None \
                and (p := bisect_left(tok_starts, x["end"]) if x.get("end") else j + len(x["text"].split())) < n \
                and (_for(hit := words[_past_marks(words, p)])
                     or (hit[:1] == "ل" and hit[1:2] != "ا" and len(hit) > 4)):
            # "واكد المسؤول الاعلامي ... بختيار دوغان قصف الطائرات التركية لمواقعنا" (or ل"مواقعنا"): what is
            # reported, with no أن, is the verbal noun, its genitive the author, who follows ل hit
            pre, masdar = None, True
        if pre is not None and not passive and words[i][:1] == "و" and j < n and (x := actor_at.get(j)) is not None \
                and x["type"] in ("PER", "ORG") and any(w in _RELATIVES for w in words[max(lo, pre[1] - 6):pre[1]]):
            pre = None  # "جنوب البلاد الذي يغلب على سكانه الأكراد وقتل حزب العمال الكردستاني ضابطي شرطة": the
            # relative clause's word is no subject of a verb behind و with its own named right after it
        if pre is not None and not passive and j < n and any(_bare(w) in _WHEN for w in words[pre[1]:i]) \
                and (actor_at.get(j) is not None or coder.nominal_actor(article, sent, words, j, j + 1) is not None
                     or (j + 2 < n and words[j + 1] == "من" and actor_at.get(j + 2) is not None)):
            pre = None  # "إن جنديا قتل عندما فتح مقاتلون أكراد النار": the verb after "when" has its own subject
            # (and members of a body: "حين فتح عناصر من حزب العمال الكردستاني النار")
        if pre is not None and i > lo and words[i - 1] in _PRONOUN_SUBJECT and _impersonal_after(words, i - 1):
            pre = None  # "أعلن المرصد أنه قصفت قوات النظام": "it", the verb's subject after it
        elif pre is not None and not passive and i > 1 and _bare(words[i - 1]) in _PRONOUN_SUBJECT \
                and (teller := _teller(words, sorted((kk, x) for kk, x in actor_at.items() if kk < i - 1), i - 1,
                                       nominal_at)) is not None:
            pre = (_actor(teller[1]) if teller[1].get("id") is not None else teller[1], teller[0])  # "أبلغ وزير الأمن موشيه يعلون جهاز الشاباك بأنه سيؤيد":
            # "he" who tells, not the one told right before "that he"
        comma = i - 1 if i == lo else i - 2 if i == lo + 1 and words[lo] in _FA_QAD else None
        pair = _dual_nationals(coder, article, sent, words, i - 3, i) if i - 3 >= lo else []
        if pair and (pre is None or pre[1] >= i - 3):
            # "أن الرئيسين الأميركي والتركي بحثا": two officials, one of each country
            pre = None
            (target if passive else source).extend(pair)
            role = role if passive else "target"
        if pre is None and not pair and comma is not None and comma >= 1 and words[comma] in ("،", ","):
            # "قالت الشرطة إن مهاجما من حركة طالبان، فجر حافلة", "أما الائتلاف الوطني السوري،
            # فقد دعا": the subject before the comma
            pre = _fronted_subject(article, coder, sent, words, comma, actor_at)
        if pre is not None and t.type in _KILLING and words[i][:1] == "و" and pre[1] > 0 \
                and _undergoes(words, pre[1] - 1):
            pre = None  # "واستشهد رجلا أمن وقتل المنفذان": who fell right before is no killer of the next verb
        if pre is not None and words[i][:1] in "وف" and _bare(words[i]) != words[i] and _for(words[pre[1]]):
            pre = None  # "4 أطقم عسكرية للحوثيين وقتل 8 مسلحين": whose things they are, behind ل, is no subject
            # of the verb after it
        if pre is not None and not passive and i > lo and words[i - 1] in _RELATIVES \
                and (_does_it_to_antecedent(sent, words, j, actor_at, tok_starts)
                     or _takes_up_antecedent(words[i - 1], words[i], t)):
            # "الرهينة الكرواتي توميسلاف سالوبيك الذي هدد تنظيم داعش باعدامه": one named after the
            # verb of a relative clause does it to the one it is on; so does a verb whose pronoun takes
            # the relative up ("المعارضة السورية التي يدعمها الغرب")
            target.append(pre[0])
            pre = None
        if pre is not None and t.type not in _KILLING and pre[0].get("entity") is None and pre[1] == i - 1 \
                and words[i][:1] == "و" \
                and _bare(words[i]) != words[i] and not words[i].endswith(("وا", "ون")) \
                and words[i - 1].endswith(("ين", "ون")) and len(words[i - 1]) > 5:
            pre = None  # "أيدت المرجعية ... المتظاهرين ودعا ممثل المرجع": many named right before a verb in the
            # singular behind و are the verb before's object, no subject of this one
        if pre is not None and t.type not in _KILLING and pre[0].get("entity") is None and words[i][:1] == "و" \
                and _bare(words[i]) != words[i] and _counted(coder.kb, words, pre[1]) \
                and any(not x.noun for v in range(max(0, pre[1] - 4), pre[1]) for x in _starting(words[v])):
            pre = None  # "اعتقلت الشرطة نحو 150 شخصًا في تونس واتهمت 15 منهم": those counted after the verb before
            # are its object, no subject of the verb joined to it (a killing's are its victims, read below)
        if pre is not None and masdar and t.type in _SAID_BY_CAPITALS and not t.patient and j < n \
                and (x := actor_at.get(j)) is not None and x["type"] == "LOC" and x["start"] == tok_starts[j] \
                and (_is_country(x) or x.get("geonameid") in gazetteer().capitals) and not _patient_genitive(t, words, i):
            pre = None  # "أكد المتحدث باسم وزارة الخارجية على رفض مصر لكافة أشكال التدخل": a state in construct with
            # a noun of stance is who takes it, not whom the one named before takes it against
        if pre is not None and not t.noun and not passive and pre[0].get("kind") == "PER" \
                and _plural_of_one(words, pre[1] + 1, i):
            pre = None  # "كما كان آباؤهم قد فعلوا قبيل اغتيالهم رئيس الوزراء الأسبق، إسحق رابين، في عام 1995،
            # وهددوه مباشرة بالقتل": a verb in the plural takes no one person named before as its subject (but
            # one with others joined to him: "وكان حبري وفريقه القانوني قد رفضوا")
        if pre is not None and t.type in _KILLING and not passive and _in_toll(words, pre[1], lo):
            pre = None  # "آخر اسفر عن مقتل 27 شخصًا من المدنيين والطلاب العسكريين واستهدف اكاديمية للشرطة": the dead
            # of a toll told before the verb attacked no one
        if pre is not None and _directed(words, pre[1], lo):
            pre = None  # "وبناءً على توجيهات خادم الحرمين ... وأخيه الملك عبدالله الثاني فقد تم الاتفاق": who
            # directed it, no party
        if pre is not None and t.type in _KILLING and not passive and _stance_taker(words, pre[1], i, lo):
            pre = None  # "دانت منظمة هيومن رايتس ووتش الخميس قصف المتمردين": who condemns an attack named right
            # after it, its object, did not carry it out
        if pre is not None and not t.noun and pre[0].get("kind") == "PER" and _feminine_verb(words[i], t) \
                and any(coder.kb.role_of([v]) is not None and not v.endswith("ه") and v not in _HONORIFICS
                        for v in words[max(lo, pre[1] - 2):pre[1]]):
            pre = None  # "على حساب رئيس الوزراء حيدر العبادي على تويتر دعت بغداد تركيا": a man, by his title, is
            # no subject of a verb in the feminine
        if pre is not None and not passive and not words[i].endswith(("وا", "ون")) and j + 1 < n \
                and words[j].endswith("ون") and len(words[j]) > 4 and actor_at.get(j) is None \
                and (coder.kb.group_of([words[j]]) is not None or coder.kb.nationality_of(words[j + 1])):
            pre = None  # "مع نهاية رئاسة نجادي اجتمع مسئولون أمريكيون مع مسئولين إيرانيين": a plural in ون right
            # after the verb is its subject
        if pre is not None and told_as_time:
            pre = None  # "سلامة جميع المواطنين السعوديين في استراليا إثر تظاهرات": an event told as the time of
            # another has no doer named before it
        if pre is not None:
            if passive or (t.type in _KILLING and len(t.words) == 1 and (
                    _counted(coder.kb, words, pre[1]) or (_killed_in_attack(coder.kb, words, j)
                                                          and not _object_on_verb(words[j - 1], t)))):
                # (not a verb with its object, "أربعة مسلحين أطلقوا النار": they fired; nor one that carries it:
                # "المسلحين أسروا ثمانية من الركاب وقتلوهم بإطلاق النار")
                target.append(pre[0])  # "22 شخصا قتلوا", "الجنود قُتلوا": the victims
                victims_before = pre[1]
            elif not t.noun and len(t.words) == 1 and i > lo and (words[i - 1] in _RELATIVES or words[i - 1] == "الذين") \
                    and _object_on_verb(words[j - 1], t):
                target.append(pre[0])  # "من العراقيين الذين التقيتهم", "الشاب الذي اعتقلته الشرطة": the pronoun on
                # a relative clause's verb takes up its antecedent, the one acted on; its subject follows or is "I"
            else:
                source.append(pre[0])
                role = "target"
                first = pre[1]
                if pre[0].get("entity") is None and first == i - 1 and _antecedent_behind_on(words, i):
                    said.append(pre[0])  # (the antecedent does it: "القبض على شاب أطلق النار", no civilian hurt)
                elif pre[0].get("entity") is None and i > lo and words[i - 1] in _RELATIVES and j < n \
                        and (coder.kb.is_count(words[j]) or words[j][:1].isdigit()):
                    said.append(pre[0])  # "الشاب الأميركي الذي قتل خمسة جنود": the one a relative tells killed
                    # those it counts did it, a civilian or not
                if (words[i].endswith(("وا", "ون", "تا")) or (words[i].endswith("ان") and words[i][:1] in "يت"
                                                             and len(words[i]) >= 5)) and first > lo and (
                        (words[first][:1] == "و" and _bare(words[first]) != words[first]) or words[first - 1] in _AND_ALSO):
                    # "إن الحوثيين وقوات صالح قصفوا": a verb in the plural after two joined by و has both
                    # for subject; so has one in the dual ("إن فرنسا وروسيا توصلتا إلى اتفاق"); and all of a
                    # longer list ("أن أوكرانيا ومنظمة الأمن والتعاون في أوروبا وكذلك روسيا اتفقوا")
                    pair_kinds = ("PER", "ORG", "LOC") if (actor_at.get(first) or {}).get("type") == "LOC" \
                        else ("PER", "ORG")
                    at, named, place = first, {pre[0].get("entity")}, len(source) - 1
                    while at > lo and ((words[at][:1] == "و" and _bare(words[at]) != words[at])
                                       or words[at - 1] in _AND_ALSO):
                        before = at - 1 if words[at - 1] in _AND_ALSO else at
                        other = next((y for y in actor_at.values() if y["type"] in pair_kinds
                                      and bisect_left(tok_starts, y["end"]) == before
                                      and bisect_left(tok_starts, y["start"]) >= lo), None)
                        if other is None or other.get("id") in named:
                            break
                        at = bisect_right(tok_starts, other["start"]) - 1  # (a name may start past و: ومنظمة)
                        if at < max(lo, 1):
                            break
                        named.add(other.get("id"))
                        if t.type in _KILLING and _counted(coder.kb, words, at):
                            # "تسعة من مسلحي الحوثي وصالح قتلوا": the dead, both
                            target.extend([_actor(other), source.pop()])
                            role = "source"
                            break
                        if t.type in _KILLING and words[at - 1] == "من":
                            break
                        source.insert(place, _actor(other))
        elif i > lo and (words[i - 1] in _PRONOUN_SUBJECT or
                         (i - 1 > lo and words[i - 1] in _PARTICLES and words[i - 2] in _PRONOUN_SUBJECT)) \
                and not (words[i - 1] in _PRONOUN_SUBJECT and _impersonal_after(words, i - 1)):
            role = "target"  # "انها استهدفت عناصر طالبان": the subject is the pronoun, what follows the object
        elif not passive and t.type not in _KILLING and len(t.words) == 1 and (
                words[i].endswith("وا") or (words[i].endswith("ون") and words[i][:1] in "يت")):
            # "وطالبوا وزير التعليم بأن يمنحهم", "المشرعين ... يحثون السعودية": a verb in the plural
            # carries its subject (one after it would leave it singular); who follows is its object
            role = "target"
        elif t.type in _KILLING and i > lo and (coder.kb.instrument_at(words, i - 1) >= lo or attack_subject):
            # "سيارة مفخخة فجرت حافلة", "انفجار يستهدف دورية للشرطة": the weapon or the attack is
            # the subject, what follows the target (not "خلال المعارك وقصف مليشيا الحوثي": nouns)
            role = "target"
        elif t.type in _KILLING and j < n and _attack_noun(words[j]):
            role = "target"  # "استهدف هجوم آخر بسيارة مفخخة حاجزا أمنيا لمقاتلين أكراد"
    if not t.noun and role == "source" and not source and i >= 3 and words[i - 1] == "قد" \
            and (was := next((kk for kk in range(i - 2, max(-1, i - 40), -1)
                              if words[kk] in _WAS or (words[kk][:1] in "وف" and words[kk][1:] in _WAS)), None)) is not None \
            and was < i - 2 and not _object_on_verb(words[j - 1], t):
        # "وكان ائتلاف يمثل مجموعة أمريكان أيرلاينز ... قد دعا حكومة أوباما": the subject stands between كان
        # and قد, named or not (the first one named there, behind no preposition: "وكانت جبهة النصرة ... قد
        # اعتقلت"); who follows the verb is its object
        subject = next((x for kk, x in sorted(actor_at.items()) if was < kk < i - 1 and not _is_outlet(x)
                        and (x["type"] in ("PER", "ORG") or _is_country(x)) and not _behind_pp(words, kk)
                        and not (kk > 0 and (words[kk - 1] in _TARGET_PREPS or words[kk - 1] in _LOCATIVE))), None)
        nominal = coder.nominal_actor(article, sent, words, was + 1, was + 2) if subject is None else None
        if subject is not None:
            source.append(_actor(subject))
        elif nominal is not None:
            source.append(nominal)
        role = "target"
    if not t.noun and role == "source" and not source and j + 1 < n and words[j] in _IN_IT and i > lo \
            and t.type in ("THREATEN", "ACCUSE", "REQUEST", "REJECT", "SUPPORT") \
            and words[j + 1][:1] == "ب" and _bare(words[j + 1]) != words[j + 1]:
        # "بث تسجيل فيديو يهدد فيه باعدام كرواتي يعمل في شركة فرنسية": what is said "in it", a recording
        # or a statement named before, is said by who made it, before, where what is said follows right
        # after (not "بيان دعت فيه «أوبك» المنتجين": the subject after it)
        role = "target"
    received = False  # the subject of a verb of receiving that carries the noun is its target
    # (who helps is a verb's subject only close before: "وأرسلت السعودية فرقا طبية لمساعدة", not "ووافق مجلس
    # النواب على مشروع قانون يسمح بانخراط قوات ... لمساعدة الحلفاء")
    carried_help = helping and any(_past_verb_by_use(w[1:] if w[:1] in "وف" else w) for w in words[max(lo, i - 7):i])
    if t.noun and i > lo and _passive_light_verb(sent, words, i - 1):
        # "ألقي القبض على رئيس الاتحاد", "الذي ألقي القبض عليه": the verb that carries the noun is
        # passive, its author unnamed; no one named before is
        unnamed_subject = True
    elif t.noun and (role == "source" or questioned or ((t.patient or carried_help) and not counted)):
        # "وقدمت السعودية مساعدة", "أجرى الرئيس المصري السيسي اتصالا هاتفيا بالعاهل الأردني": the
        # subject of the verb that carries the event noun, named between the two, is the source;
        # who follows the noun, the target (as after a noun of what is done to someone: "قام
        # مسلحون يرتدون بزات قوات الأمن بخطف وكيل وزارة النفط")
        subject, received_by = _light_verb_subject(article, coder, sent, words, i, lo, actor_at, t.type in _KILLING,
                                                   receiving=role == "source", announced=t.type == "COERCE",
                                                   declared=declared or carried_help or (t.type in _JOINT and j < n
                                                                                    and _bare(words[j]) == "مع")
                                                   or t.mode in _DECLARED_MODES,
                                                   mobilize=t.type == "MOBILIZE",
                                                   visit=t.mode in ("visit", "phone") or t.type == "CONSULT")
        received = bool(subject) and (received_by or (
            t.type == "SUPPORT" and j < n and _bare(words[j]) in ("من", "منه", "منها") and _has_bi(words[i])))
        # ("القوات العراقية بدعم من الحشد الشعبي": with support from someone, the clause's subject is helped)
        if received:
            # "تلقى خادم الحرمين الشريفين اتصالا هاتفيا من الرئيس الفرنسي": who receives it is the
            # target; who it comes from (after من) the source
            target.extend(subject)
        elif subject and t.patient and words[i].endswith(("هم", "هن")) and i > 0 \
                and (words[i - 1] in _LIGHT_VERBS or _bare(words[i - 1]) in _LIGHT_VERBS) \
                and not words[i - 1].endswith(("وا", "ا")) and all(a.get("entity") is None for a in subject):
            target.extend(subject)  # "ترحل الصين 9 سائحين أجانب قامت باعتقالهم": "them" takes up the many named
            # right before a verb in the singular that carries the arrest; they were arrested, by her (unnamed)
            unnamed_subject = True
        elif subject:
            source.extend(subject)
            said.extend(subject)
            role = "target"
        elif t.type == "COERCE" and t.patient:
            # "الشرطة بدأت العمل لإلقاء القبض على المعتدي", "يكثف رجال الأمن جهودهم للقبض على":
            # the police or another security body the clause names before an arrest made it
            force = _security_before(article, coder, sent, words, i, lo, actor_at)
            if force is not None:
                source.append(force)
    if t.noun and not t.patient and not source and not received and role == "source" and j == i + 1 and i > 2 \
            and words[i - 1] == _ON and sent[i].text.endswith(_POSSESSIVES) and (
                thanked := _ending_at(actor_at, sent, i - 3 if words[i - 2] in ("،", ",") else i - 2)) is not None \
            and thanked["type"] in ("PER", "ORG") and any(
                w in _THANKING for w in words[max(0, bisect_left(tok_starts, thanked["start"]) - 8):i]):
        source.append(_actor(thanked))  # "تقدمت بخالص الشكر للشيخ عبد الرحمن الجريسي، على دعمه": whom one
        role = "target"  # thanks for what he did did it
    honorific = j < len(words) and words[j] in _HONORIFIC_PRONOUNS and not (
        t.noun and words[i][:2] == "ال")  # "زيارة سموه للأردن": his highness's (not after "the visit": "وسيلتقي
    # سموه خلال الزيارة جلالته", whom he meets)
    if t.noun and not t.patient and not source and not received and role == "source" and j == i + 1 \
            and (honorific or (sent[i].text.endswith(_POSSESSIVES) and _owned(t, words, i, j))) \
            and not (t.mode == "visit" and _behind_bi_or_li(words[i])) and not _done_or_to(words, i):
        # "وأكد ولي ولي العهد خلال لقائه الرئيس الفرنسي", "وأوضح شكري خلال مباحثاته مع": whose
        # meeting or visit the pronoun says is the source; who follows it, the other party (not
        # "تم زيارتهم", "يتشوقون إلى زيارتها", "تسمح للزوار بزيارتها": who or what is visited)
        pronoun = ("ها" if words[j].endswith("ها") else "ه") if honorific \
            else next(x for x in _POSSESSIVES if sent[i].text.endswith(x))
        owner = None
        if words[i][:1] == "و" and i > 0 and (_prepositional(words[i - 1]) or _for(words[i - 1]) or _has_bi(words[i - 1])):
            unnamed_subject = True  # "رحب المدير بالوفد وزيارته": joined to a noun behind a preposition, that noun's
        elif honorific:
            # a form of address is a person's: the first the clause names, its subject (بعث الأمير
            # محمد بن سلمان ... برقية شكر لجلالة الملك ...، وذلك بعد انتهاء زيارة سموه للأردن)
            # (not one addressed behind a preposition: "وبعث سموه برقية شكر لفخامة الرئيس عبدالفتاح السيسي")
            first = _first_person_before(actor_at, i, words)
            owner = _actor(first) if first is not None else None
        else:
            owner = _pronoun_owner(article, coder, sent, words, i, lo, actor_at, tok_starts, pronoun)
            right_before = _ending_at(actor_at, sent, i - 1) if i > lo else None
            if right_before is None and i - 1 > lo and words[i - 1] in _DURING_WORDS:
                right_before = _ending_at(actor_at, sent, i - 2)  # ("دايني فينستاين خلال لقاءها"; a person
                right_before = right_before if right_before is not None and right_before["type"] == "PER" else None
                # only: "لجهود وزارة الداخلية خلال لقائه" is thanked)
            if owner is None and right_before is not None and not _is_outlet(right_before) \
                    and (right_before["type"] in ("PER", "ORG") if pronoun == "ه" else
                         right_before["type"] == "ORG" or _is_country(right_before)
                         or (right_before["type"] == "PER" and _woman_titled(words, tok_starts, right_before))) \
                    and not _oblique(words, next(kk for kk, x in actor_at.items() if x is right_before),
                                     right_before, tok_starts):
                owner = _actor(right_before)  # "وشددت الولايات المتحدة عقوباتها على إيران": the verb's
                # subject, right before the noun its pronoun is on
            if owner is None and pronoun == "ه" and (
                    any(_bare(w) == "ذلك" and w[:1] == "و" for w in words[max(0, i - 3):i])
                    or (i > 2 and words[i - 1] in _DURING_WORDS and words[i - 2] in ("،", ","))):
                # "واكد وزير الخارجية التركي مولود جاوش اوغلو ان بلاده ستبدأ ... في شمال سوريا ...، وذلك
                # خلال لقائه نظيره الاميركي": "and that" takes up the clause of the first one named, his
                owner = _actor(first) if (first := _first_person_before(actor_at, i)) is not None else None
        if owner is None and not unnamed_subject and prev_subject is not None and prev_subject["type"] in ("PER", "ORG") \
                and (prev_subject["type"] == "ORG" or pronoun == "ه") and t.type not in ("SUPPORT", "AID"):
            owner = _actor(prev_subject)  # named in the sentence before (not for support, whose pronoun
            # may be whom it goes to: "ودعمها للاجئين" past a body named in the sentence before)
        if owner is not None and t.mode == "visit" and (owner.get("sector") in ("REB", "UAF")
                                                      or owner.get("country") in PSEUDO_COUNTRIES):
            return None  # "يظن داعش أن وصوله إلى موقع": an armed group's arrival is no visit
        if owner is not None and t.type == "SANCTION" and t.mode == "convict":
            target.append(owner)  # "قضت بسجن 153 من الرعايا الصينيين ... بعد إدانتهم بتهمة": who is convicted
        elif owner is not None:
            source.append(owner)
        role = "target"  # (named or not, the owner is the source)
    elif t.noun and t.type == "CONSULT" and not t.patient and not source and role == "source" and i >= 2 \
            and (words[i - 1] in _DURING_WORDS or words[i - 1] in _JUST_AFTER or words[i - 1] == "في") \
            and not sent[i].text.endswith(_POSSESSIVES) and (not _definite(words[i]) or t.mode != "visit"):
        # "وقال اردوغان خلال زيارة الى الشطر الشمالي من قبرص", "وقال ظريف في اجتماع": who speaks during a visit or a
        # meeting, named right before "during", is who pays it or holds it (not "رافق ولي ولي العهد
        # خلال الزيارة مساعد وزير الدفاع": the visit told before, whose companion follows; but who speaks
        # in the meeting told before was in it: "وعبر الرئيس هادي في الاجتماع عن سعادته")
        at = i - 2
        if at > 0 and words[at] == "في" and words[i - 1] in _DURING_WORDS:
            at -= 1  # "في أثناء زيارة"
        if at > 0 and words[at] in _IN_HIS_TURN:
            at -= 1  # "فابيوس بدوره في اثناء زيارة الى طهران": in his turn
        back = at
        while back > lo and at - back < 3 and (words[back] in _TIME_WORDS or is_weekday(words[back])
                                               or (words[back] in _TIME_ADJECTIVES and is_weekday(words[back - 1]))):
            back -= 1  # "ناقش الرئيس التركي رجب طيب أردوغان أمس الأربعاء في اتصال هاتفي": when, told
        if back < at and any(x["end"] == sent[back].end for x in actor_at.values()):
            at = back  # between the speaker and the meeting
        if at > lo and not any(x["start"] < sent[at].end and x["end"] > sent[at].start for x in actor_at.values()) \
                and _verb_first(words, at) and words[at][:1] != "و":
            at -= 1  # "إن هادي طلب خلال اللقاء زيارة": the subject before the verb that the meeting's time is of
        speaker = next(((kk, x) for kk, x in actor_at.items() if x["end"] == sent[at].end
                        and x["type"] in ("PER", "ORG") and not _is_outlet(x)), None)
        if j + 1 < n and (_agent_cue_at(words, j) or (_bare(words[j]) in _MAKING_IT and words[j + 1] in ("به", "بها"))):
            speaker = None  # ("وقال نوفاك خلال زيارة يقوم بها البدري لموسكو": the visit is the one named after)
        if speaker is not None and words[i - 1] in _JUST_AFTER and not (speaker[0] > 0 and _reporting(words[speaker[0] - 1])):
            speaker = None  # ("وقال روحاني بعد اتصال هاتفي مع أمير دولة قطر": who speaks right after one, too)
        if speaker is not None and not _oblique(words, speaker[0], speaker[1], tok_starts):
            source.append(_actor(speaker[1]))
            role = "target"
            told_before = _definite(words[i]) and not (j < n and _bare(words[j]) in _MEETING_WITH)
        elif speaker is None and words[i - 2] in ("،", ",") and words[i - 1] in _DURING_WORDS \
                and (reporter := _reporter_before(words, actor_at, i - 2, tok_starts)) is not None:
            # "أعلن وزير الخارجية التركي ... أن بلاده ستبدأ ...، خلال لقاء مع نظيره": past a comma,
            # the meeting of who reported
            source.append(_actor(reporter))
            role = "target"
        elif speaker is None and j + 1 < n and words[j] == "مع" and _is_counterpart(words[j + 1]) \
                and words[j + 1].endswith(("ه", "ها")) and any(_reporting(w) for w in words[max(0, i - 9):i]) \
                and (reporter := _reporter_before(words, actor_at, i - 1, tok_starts)) is not None:
            # "وقال الجبير في مؤتمر صحفي بعد محادثات مع نظيره الروسي": the meeting with his counterpart
            # is of who speaks
            source.append(_actor(reporter))
            role = "target"
    elif t.noun and t.type in _MEETINGS and not t.patient and not source and role == "source" and i >= 3 \
            and _bare(words[i - 1]) in _AROUND_TIME and _bare(words[i - 2]) == "ذلك" \
            and words[i - 2][:1] == "و" and not sent[i].text.endswith(_POSSESSIVES):
        # "وأعلن رئيس الوزراء التركي أحمد داود أوغلو في بيان الجمعة أن ...، وذلك غداة اجتماع مع
        # القادة العسكريين": "and that, after a meeting": the meeting of who reported what "that" is
        speaker = _reporter_before(words, actor_at, i - 2, tok_starts)
        if speaker is not None:
            source.append(_actor(speaker))
            role = "target"
    if t.noun and not t.patient:
        # an adjective of nationality on the event noun: "ضربة جوية أميركية", "هجوم انتحاري إسرائيلي"
        for b in range(j, min(n, j + 2)) if not (t.type == "SANCTION" and words[j - 1][:1] == "ب") \
                and words[j - 1] not in ("في", "علي", "عن", "مع", "من", "الي", "حول") else ():
            # (not after the charge of a conviction: "بعد ادانتها بقتل المدرسة الاميركية", the victim's;
            # nor after a trigger that ends in a preposition: "والتحقيق في مجريات القضية"، "تحقيق حول
            # العدوان الهندي": what is investigated)
            # an adjective agrees with its noun, with the article or without it on both (not
            # "وحمل المتظاهرون أعلاما تركية": the flags were Turkish); one word on, it may qualify
            # the noun the event noun is in construct with, its author (تهديدات النظام الصهيوني;
            # but "دعم الشعب الفلسطيني" names who is helped)
            if b > j and t.type == "ACCUSE" and b + 1 < n and _has_bi(words[b + 1]):
                break  # "من اتهام الثورة السورية بالإرهاب": who the charge is laid on, no author
            if b > j and _definite(words[j - 1]) and not (words[j].endswith("ي") or (
                    words[j].endswith("يه") and (word_frequencies() or {}).get(words[j][:-1], 0) >= 20)):
                # a noun with the article heads no construct ("تقديمها للزيارة العلاقات الفرنسية"),
                # but takes a second adjective ("الهجمات الإرهابية الإسرائيلية", whose masculine is
                # a word too; not "تناولت المباحثات القضية الفلسطينية": the cause, a noun, its object)
                break
            agrees = _agrees(sent, words, j, b) and not (
                b > j and t.type in _BENEFIT and not _definite(words[j - 1]) and _definite(words[j]))
            c = coder.kb.adjective_of(words[b]) if agrees and actor_at.get(b) is None \
                and not any(x["start"] <= sent[b].start < x["end"] for x in sent_ents) else None
            # (a name is no adjective: "في ظل توقيع السعودية اتفاقيات", the kingdom signing in construct;
            # nor is a word inside one: "لدى وصوله العاصمة العراقية", a place)
            if c and coder.kb.people_of(words[b]) and not strip_article(words[b]).endswith(("ي", "يه", "يا")):
                break  # "دعم أكراد سوريا": a broken plural of people qualifies no act, it is its genitive
            if not c and agrees and actor_at.get(b) is None and strip_article(words[b]).endswith(("ي", "يه")) \
                    and (armed := coder.kb.actor(words[b])) is not None and armed.sector in _ARMED \
                    and not any(x["start"] <= sent[b].start < x["end"] for x in sent_ents):
                # "تعزيزات حوثية", "هجمات حوثية": the adjective of an armed group names the act's author
                (target if t.type == "SANCTION" and len(t.words) > 1 else source).append(
                    {"entity": None, "text": article.text[sent[i].start:sent[b].end], "country": armed.country,
                     "sector": armed.sector, "canonical": armed.name})
                break
            if c:
                # the sector of those the noun names (متظاهرون فلسطينيون: civilians); an attack's
                # or a military act's author is a state's forces (ضربة جوية أميركية, غارة إسرائيلية)
                named = coder.kb.role_of(words[i:j]) or coder.kb.group_of(words[i:j])
                sector = named[1] if named else "MIL" if t.type == "ASSAULT" or "military" in t.contexts else None
                # (a person the trigger names is who is convicted: "بإدانة متهم سعودي")
                side = target if t.type == "SANCTION" and len(t.words) > 1 else source
                side.append({"entity": None, "text": article.text[sent[i].start:sent[b].end], "country": c, "sector": sector})
                after_adjective = b + 1
                while after_adjective < n and actor_at.get(after_adjective) is None \
                        and _definite(words[after_adjective]) == _definite(words[b]) \
                        and (c2 := coder.kb.adjective_of(words[after_adjective])) and c2 != c \
                        and not coder.kb.people_of(words[after_adjective]):
                    # "التعاون السعودي المصري": a second nationality, the other party
                    side.append({"entity": None, "text": sent[after_adjective].text, "country": c2, "sector": sector})
                    after_adjective += 1
                break
            if not words[b][:1].isalpha() or actor_at.get(b) is not None or coder.kb.group_of([words[b]]) \
                    or coder.kb.role_of([words[b]]) or _is_counterpart(words[b]) or _for(words[b]) \
                    or words[b] in _LOCATIVE \
                    or words[b] in _TARGET_PREPS or _prepositional(words[b]):
                break  # "مساعدات للاجئين السوريين": the nationality is the recipients'; "التفجير في تركيا";
                # "اتصالا هاتفيا بالعاهل الأردني": the king's
    attempt = i > 0 and words[i - 1][:1] == "ل" and _bare(words[i - 1]) in _ATTEMPT_OF  # لمحاولة اغتيال، لحادث إطلاق نار
    if (t.type in _KILLING or t.type == "THREATEN") and t.noun and (not t.patient or words[i][:1] == "ل" or attempt):
        # "تعرضت قوات الأمن لهجوم", "تصدت القوات لهجوم", "تعرض الصحفي للتعذيب", "تعرض الوزير
        # لمحاولة اغتيال", "وتعرض الصحفيون للتهديد": who undergoes the attack or the threat is its target
        # (the victim may be long when the attack noun comes behind إلى or ل: "تعرضت قاعدة تابعة للجيش
        # في شرق الجزيرة أمس الى هجوم انتحاري", "تعرضت قافلة عسكرية تضم جنودا من الناتو لهجوم")
        reach = 14 if (i > 0 and words[i - 1] in ("الي", "والي")) or words[i][:1] == "ل" or attempt else 4
        subjected = next((c for c in range(i - 1, max(lo, i - reach) - 1, -1)
                          if _bare(words[c]).startswith(_UNDERGO)), None)
        if subjected is None and attempt and lo >= i - 1 and i >= 2 and words[i - 2] in ("،", ","):
            # "تعرض الإعلامي السوري منهل عبدالقادر، مقدم البرامج في قنوات ...، لحادث إطلاق نار": behind ل right
            # after a comma, the attack is what the one named before an aside underwent
            subjected = next((c for c in range(i - 3, max(0, i - 30) - 1, -1)
                              if _bare(words[c]).startswith(_UNDERGO)), None)
        if subjected is not None:
            victim = next((_actor(x) for kk, x in sorted(actor_at.items()) if subjected < kk < i
                           and x["type"] in ("PER", "ORG")), None) \
                or next((v for kk in range(subjected + 1, i)
                         for v in [coder.nominal_actor(article, sent, words, kk, kk + 1)] if v is not None), None)
            if victim is None:
                pre = _preverbal_subject(article, coder, sent, words, subjected, lo, actor_at, tok_starts)
                victim = pre[0] if pre is not None else None
            if victim is not None:
                target.append(victim)
    own_named = False  # the trigger itself names who acts (انتحاري, متظاهرون)
    if t.noun and not t.patient and t.type not in _BENEFIT and not after_adjective:
        # the trigger names who acts (خرج متظاهرون, تجمع محتجون من نقابة المعلمين): they are
        # the source; a named actor after them is acted on, or one of them behind من
        own = coder.nominal_actor(article, sent, words, i, j)
        if own is not None:
            own_named = True
            source.append(own)
            role = "target"
            after_adjective = max(j, i + len(own["text"].split()))  # (it may start inside the trigger: هجوم انتحاري)
            x = actor_at.get(after_adjective)
            if x is not None and x["type"] == "ORG" and words[after_adjective][:1] == "ل" \
                    and _bare(words[after_adjective]) != words[after_adjective]:
                # "هجوم انتحاري لداعش": the body behind ل right after is the attacker's
                source.append(_actor(x))
                after_adjective = max(after_adjective + 1, bisect_left(tok_starts, x["end"]))
    # "العمل الإرهابي الذي استهدف مسجد قوات الطوارئ": after a relative pronoun on a thing, the
    # thing is the verb's subject: what follows is its object, and no actor named before it is
    # its subject (دانت مصر التفجير الذي استهدف ...)
    on_thing = not t.noun and t.type in _KILLING + ("THREATEN",) and not source and i > lo + 1 \
        and words[i - 1] in _RELATIVES \
        and not (j < n and words[j] in _RESUMPTIVE) and not any(
        bisect_left(tok_starts, x["end"]) == i - 1 for x in actor_at.values()) \
        and coder.nominal_actor(article, sent, words, max(lo, i - 4), i - 1) is None \
        and not _object_on_verb(words[j - 1], t)  # (not "الحافلة التي استهدفها المسلحون": the object)
    if on_thing and t.type == "THREATEN":
        return None  # "الخطر الذي يهدد العلويين", "البؤر المرضية التي تهدد السكان": a danger, no threat made
    if on_thing and role == "source":
        role = "target"
    relative = words[i - 1][1:] if i >= 1 and words[i - 1][:1] == "و" and words[i - 1][1:] in _RELATIVES \
        else words[i - 1] if i >= 1 else ""  # (والتي: the relative joined to one before it)
    if not t.noun and not source and not on_thing and not passive and i >= 2 and relative in _RELATIVES \
            and not _object_on_verb(words[j - 1], t) and not (j < n and words[j] in _RESUMPTIVE) \
            and _agrees_with_relative(relative, words[i]) \
            and not (relative != words[i - 1] and j < n and actor_at.get(j) is not None) \
            and not _does_it_to_antecedent(sent, words, j, actor_at, tok_starts):
        # "قال حسن روحاني، الذي التقى وزير الاقتصاد الألماني", "إيران التي دعمت الحوثيين": the one a
        # relative clause is about is its verb's subject, and who follows the verb is acted on; but
        # not where the antecedent is the verb's object: on the verb (التي يقودها), taken up after it
        # (التي يطالب بها الأميركيون), or where the verb agrees with someone else (الأهداف التي دعا
        # تنظيم داعش إلى مهاجمتها), or where one named after it does it to him (الرهينة ... الذي هدد
        # تنظيم داعش باعدامه)
        ante_end = i - 2 if words[i - 2] in ("،", ",") else i - 1
        # (a relative behind و is a second clause on an antecedent named further back: "آفاق رفع أسعار
        # الفائدة في الولايات المتحدة والتي تدعم الدولار", no one named right before it)
        ante = None if relative != words[i - 1] else \
            next((x for x in actor_at.values() if (x["type"] in ("PER", "ORG") or _is_country_place(x)
                                                  or x.get("sector") == "GOV")
                  and bisect_left(tok_starts, x["end"]) == ante_end), None)
        if ante is not None:
            source.append(_actor(ante))
        elif ante_end > lo and relative == words[i - 1]:
            # "الوفد الإعلامي الجزائري، الذي يزور المملكة": a group named before it
            group = coder.nominal_actor(article, sent, words, max(lo, ante_end - 4), ante_end)
            if group is not None and words[ante_end - 1] in fold(group["text"]).split():
                source.append(group)  # (its last word the antecedent's: not "سائحا أجنبيا في الاعتداء")
        role = "target"
    if role == "source" and not source and not t.noun and not passive and subjected is None and t.type in _KILLING \
            and words[i][:1] not in "وف" and i > lo and _definite(words[i - 1]) and actor_at.get(i - 1) is None \
            and words[i - 1] not in _ANY_RELATIVE:
        np = i - 1
        while np > lo and _definite(words[np - 1]) and actor_at.get(np - 1) is None and i - np < 4:
            np -= 1
        if np > 0 and _bare(words[np - 1]) in ("ان", "بان") and words[np - 1][:1] in "اب":
            role = "target"  # "إن القوى الانفصالية الجنوبية اعتقلت قياديا كبيرا في حركة الحوثي": a subject
            # no lexicon names before the verb, after إن; what follows is its object
    if role == "source" and not source and not t.noun and masdar and t.type in _KILLING and j - i == 1 \
            and words[i].endswith(("ه", "ها", "هم", "هما")) and _bare(words[i]) != words[i] and j < n \
            and (j in actor_at or words[j] in ("كل", "كلا")):
        role = "target"  # "لقتله كل من / محمد ولافي": the pronoun on the verbal noun is who killed; the
        # one named after it, who was killed
    if role == "source" and not source and not t.noun and not passive and words[i].endswith("وا") and (
            (i > lo and len(words[i]) > 5)
            or (t.type in _KILLING and words[i][:1] in "وف" and len(words[i]) > 4 and j < n and j not in actor_at
                and not _definite(words[j]) and words[j][:1].isalpha() and not _counted(coder.kb, words, j))):
        role = "target"  # "إن عناصر المقاومة احتجزوا الكثير من المقاتلين الإيرانيين", "أطلقوا صاروخا ... فقتلوا
        # ضابط شرطة": a verb in the plural has its subject before it or in it (a verb before its subject is
        # singular); those named after it are its objects (at a clause's start, an attack's object only)
    commas = 0
    agents_end = -1  # where the actors after an agent cue ("على يد", "قام به") end
    last_comma: int | None = None  # where the last comma counted stood
    k = after_adjective or (j + 1 if honorific and t.noun else j)  # (past "سموه": the owner, taken above)
    pre_named = bool(source)  # sources found before the words after the trigger (a subject before the verb)
    # the side the last actor went to, where it ended, whether it was an ORG, a PER, where it began
    last: tuple[list, int, bool, bool, int] | None = None
    side_before: list | None = None  # the side the last person, body or group went to (past places)
    each_of = False  # a list that "كل من" opened after the verb: its subjects, all
    # the trigger ends in a preposition with a pronoun, whom the act is done to (التحقيق معه، القبض عليه): no
    # one named after it is its target
    pronoun_object = t.noun and _definite(words[i]) and ((j - 1 > i and words[j - 1] in _PRONOUN_OBJECTS)
                                 or (j < n and words[j] in _PRONOUN_OBJECTS))  # (توجيه الاتهام إليه)

    def passed_over(dest: list, k: int) -> bool:
        """The one named at words[k], about to go to `dest`, is no party: past the phrase of the one a
        noun of support helps (not joined to that one), or after an act done to a pronoun."""
        return (dest is source and role == "source" and _past_helped(t, words, k, benefit_end, source)
                and not (side_before is target and (words[k - 1] in _OR or _and(words, k)))) \
            or (dest is target and pronoun_object)
    country_end = -1  # where the last country taken as a party ends
    same_side: tuple[list, int] | None = None
    with_it: list[dict] = []  # those named "with" the event's subject (ومعها كينيا وتنزانيا): on its side
    if t.noun and k == j and j + 1 < n and words[j] in _PARTITIVE and t.type in _KILLING \
            and coder.kb.group_of(words[i:j]) is not None:
        # "انتحاريان من (داعش)": the trigger names who did it, and the body they are of is of their side
        same_side = (source, _past_opening(words, j + 1))
    received_call = False  # a call told with a relative verb of receiving after it (اتصال هاتفي تلقاه)
    visited = -1  # where the last place visited ended (زار اليمن والسودان وليبيا)
    where_end = -1  # where the last place that says where ended
    venue_end = -1  # and the last body named as where it happened
    benefit_end = -1  # where the party helped, behind ل, ended (دعم السعودية لليمن والبحرين)
    receives = not t.noun and t.mode == "visit"  # استقبل، زار: one host, one visitor
    meets = t.type in _MEETINGS  # (where they met, set off by commas, is an aside before who was met)
    place_ends = {bisect_left(tok_starts, x["end"]) for x in sent_ents if x["type"] == "LOC"}
    place_at = {kk for x in sent_ents if x["type"] == "LOC" for kk in range(
        bisect_right(tok_starts, x["start"]) - 1, bisect_left(tok_starts, x["end"]))}  # tokens of places
    named_at = {kk for x in sent_ents for kk in range(bisect_right(tok_starts, x["start"]) - 1,
                                                      bisect_left(tok_starts, x["end"]))}  # tokens of names
    toll = False  # past a verb of the attack's toll (أسفر عن, أدى إلى)
    during_it = False  # the verb is followed by "during it" (التقى خلالها)
    backed = False  # the side the next actor joins was told by a word of belonging or backing
    sides = False  # the two sides of a fight were named (اشتباكات بين الجيش والسكان)
    end = min(n, stop, j + (40 if t.mode == "visit" and not t.noun else 28))
    if charge_at is not None:
        end = min(end, charge_at)
    if t.noun and t.patient and j + 1 < end and _definite(words[j]) and coder.kb.is_count(words[j]) \
            and not words[j][:1].isdigit() and (words[j + 1] in _TIME_OF_EVENT or not words[j + 1][:1].isalpha()):
        end = j + 1  # "تم اعتقال الثلاثة بعد معلومات وردت إليها من السلطات الأمنية": the three told of before are
        # the ones acted on, unnamed; who is named past them, after another act, is no party to it
    if t.noun and t.mode == "visit" and i - 2 >= lo and words[i - 1] in _DURING_WORDS and words[i][:2] == "ال" \
            and j == i + 1 and j < n and words[j][:1].isalpha() and not any(
                not x.noun and x.type in _MEETINGS for x in _starting(words[lo])) and _verb_first(words, lo) \
            and not _among(words[lo], _ACCOMPANYING) and not _bare(words[lo]).startswith(("رافق", "يرافق")):
        # (but "ويرافقه خلال الزيارة وفد اقتصادي", "رافق المدير العام ... خلال الزيارة مساعد": who goes along)
        end = j  # "رفع الدكتور الحجري خلال الاستقبال تعازيه لخادم الحرمين الشريفين": the reception told again as
        # the time of another act; who follows is that act's
    told_after = j + 1 if j < n and words[j] in ("،", ",") else j  # (past a comma)
    if t.noun and t.type == "CONSULT" and words[i][:2] == "ال" and j + 1 < n and i > 0 and words[i - 1] in _PHASES \
            and _verb_first(words, told_after) and not any(x.type == "CONSULT" for x in _starting(words[told_after])):
        end = j  # "وفي بداية اللقاء، رفع الدكتور الحجري ... تعازيه", "وفي نهاية اللقاء قدم "بن مساعد" للسفير الألماني
        # هدية": the meeting told again, then a clause of its own
    asked_for: int | None = None  # where what a demand asks for begins behind بـ (طالب بتكثيف العمل)
    # (a host's titles may run long before whom he receives: "استقبل الأمير محمد بن سلمان ولي ولي العهد
    # النائب الثاني لرئيس مجلس الوزراء وزير الدفاع، في قصر السلام بجدة، مساء اليوم، وزير الدولة
    # لشؤون الدفاع بدولة قطر اللواء ركن حمد بن علي العطية")
    titles = [(a, b) for a, b in (article.extra.get("titles") or {}).values()
              if tok_starts[j] <= a and b <= tok_starts[end - 1]] if j < end else []
    titles += [(a, b) for a, b in (article.extra.get("titles_after") or {}).values()
               if j < end and tok_starts[j] <= a <= tok_starts[end - 1]]  # ("شوقي علام مفتي مصر كافة الدول")
    if t.type == "THREATEN" and not t.noun and j <= stop <= j + 6 and stop < n and _has_bi(words[stop]):
        end = min(n, stop + 10)  # "هدد بمقاضاة هاشمي رفسنجاني", "هدد الحوثيون بقصف السعودية": who the act
        # threatened is done to is threatened
    if t.type == "SUPPORT" and not t.noun and t.words[0] in _PRAISING and j <= stop <= j + 6 and stop < n \
            and _has_bi(words[stop]) and (x := actor_at.get(stop + 1)) is not None:
        end = min(n, bisect_left(tok_starts, x["end"]))  # "أشاد الملك عبدالله الثاني بدعم المملكة العربية
        # السعودية": whose act is praised is praised
    if t.type == "PROTEST" and stop < n and stop > 0 and _bare(words[stop - 1]) in ("علي", "ضد"):
        end = min(n, j + 28)  # "احتجاجا على زيارة بوش": the visit's actor is what is protested
    if t.noun and t.mode == "visit" and i > lo and _bare(words[i - 1]) in _DURING and words[i][:2] == "ال" and not source \
            and i - 2 >= lo and any(not x.noun and x.type in _MEETINGS for x in _starting(words[lo])):
        # "ويلتقي ولي ولي العهد السعودي خلال الزيارة الرئيس المصري", "وسيلتقي سموه خلال الزيارة جلالته": "the
        # visit" told as the time of a meeting is paid by the meeting's subject; who follows is met
        role = "target"
        if words[lo + 1] in _HONORIFIC_PRONOUNS:
            visitor = next((_actor(x) for kk, x in sorted(actor_at.items(), reverse=True)
                            if kk < lo and x["type"] == "PER" and " " in x["text"]), None)  # (سموه: the one named last
            # before, by a name of two words at least)
        else:
            visitor = next((_actor(x) for kk, x in sorted(actor_at.items()) if lo < kk < i - 1 and x["type"] in ("PER", "ORG")),
                           None) or next((v for kk in range(lo + 1, i - 1)
                                          for v in [coder.nominal_actor(article, sent, words, kk, kk + 1)] if v is not None), None)
        if visitor is not None:
            source.append(visitor)
    said_of_visit = False
    if t.noun and t.mode == "visit" and _definite(words[i]) and not sent[i].text.endswith(_POSSESSIVES) and not source \
            and not (i > lo and words[i - 1] in _DURING_WORDS):
        kk = k
        while kk < end and _definite(words[kk]) and words[kk] not in _RELATIVES and actor_at.get(kk) is None \
                and nominal_at(kk) is None:
            kk += 1  # (past its adjectives: "الزيارة التاريخية")
        after_visit = words[kk] if kk < end else ""
        if after_visit[:1].isalpha() and actor_at.get(kk) is None and nominal_at(kk) is None \
                and coder.kb.role_of([after_visit]) is None \
                and not (_for(after_visit) or after_visit in _RELATIVES or after_visit in _TARGET_PREPS
                         or after_visit in _PREPOSITIONS or _time_phrase(words[kk:kk + 1]) or _has_bi(after_visit)) \
                and (after_visit in _FEMININE_PRON
                     or (after_visit[:1] == "ت" and _bare(after_visit) == after_visit and len(after_visit) > 3)
                     or (after_visit.endswith("ا") and not _definite(after_visit) and len(after_visit) > 3)):
            end, said_of_visit = k, True  # "مثلت الزيارة إحباطا للانقلابيين"، "هذه الزيارة هي التي دفعت زعيم
            # التمرد"، "فإن الزيارة تمثل": the visit named again as the subject of what is said of it (a pronoun,
            # a verb in the feminine, an object in the accusative after it); who follows is no party to it (but
            # "وفي بداية الزيارة استمع الضويلع": the visitor, the subject of a verb of his own)
    if t.noun and t.mode == "visit" and not source and sent[i].text.endswith(("ه", "ها")) and 0 < i <= lo + 1 \
            and (_bare(words[i - 1]) in _DURING_WORDS or _bare(words[i - 1]) == "في") \
            and (main := _main_subject_after(coder, article, sent, words, j, end, actor_at)) is not None:
        # "وخلال زيارته للرياض، التقى الرئيس الفرنسي": "his" visit told first is the one the clause after the
        # comma names as its subject; whom that clause names is no party to the visit
        source.append(main[0])
        end = main[1]
    # "الدعم اللامحدود الذي يحظى به المجلس من الحكومة": who received the support, then who gave it
    receipt = _received_at(words, j, end) if t.noun and t.type in _BENEFIT else None
    if receipt is not None and source:
        # who is named before it praised or told of the support, or, no one named after the verb, received it
        # ("ما خفف عن العبادي هو التأييد الذي حظي به داخليا")
        before, source[:] = list(source), []
        if actor_at.get(receipt[0]) is None and nominal_at(receipt[0]) is None:
            target.extend(before)
    while k < end:
        w = words[k]
        if w in (".", ":", "؛", ";"):
            break
        if k > j and (w in _BLAMING or (w[:1] in "وف" and w[1:] in _BLAMING)) \
                and any(v in _RESPONSIBILITY or _bare(v) in _RESPONSIBILITY for v in words[k + 1:min(end, k + 7)]):
            if t.type != "ACCUSE":
                break  # "وحمل مليشيات الحوثيين وصالح مسؤولية تفجير": who is blamed, in a clause of its own
            role = "target"  # "أدان المجلس العسكري ... استهداف المنشآت وحمل مليشيات الحوثيين مسؤولية": whom the
            k += 1  # condemnation blames
            continue
        if k > j and w == _THEN and k + 1 < end and words[k + 1][:1].isalpha() and actor_at.get(k + 1) is None \
                and nominal_at(k + 1) is None:
            break  # "تم اعتقاله ...، ثم قامت السلطات العراقية بإيداعه السجن": "then" and a verb open a clause of
            # its own (but "التقى الرئيس ثم رئيس الوزراء": one more met)
        if k > j and w in _ON_OCCASION and (source or target):
            break  # "استقبل ... المواطنين الذين قدموا البيعة بمناسبة اختيار الأمير محمد بن نايف ولي العهد": the
            # occasion's own parties
        if receipt is not None and k == receipt[0]:
            role = "target"
        elif receipt is not None and receipt[1] <= k <= receipt[1] + 1:
            role, same_side = "source", None  # (the giver after من is no part of the one who received: "تلقته
            # المقاومة الشعبية من قوات التحالف")
        if k > j and k + 1 < end and (words[k + 1] in _SPORT or _bare(words[k + 1]) in _SPORT) \
                and (coder.kb.group_of([w]) or (0, ""))[1] == "UAF":
            k += 2  # "أرتورو فيدال مهاجم المنتخب ويوفنتوس الإيطالي": a striker's team and club, no parties
            while k < end and words[k][:1] == "و" and (club := actor_at.get(k)) is not None:
                k = max(k + 1, bisect_left(tok_starts, club["end"]))
            continue
        if k > j + 1 and t.type not in _KILLING and w in _PLACE_ASIDE and not _definite(w) \
                and (back := 2 if words[k - 1] in _IT_IS and k > j + 2 else 1) and words[k - back] not in ("،", ",") \
                and (owned := actor_at.get(k + 1) or (actor_at.get(k + 2) if k + 2 < end else None)) is not None \
                and owned["type"] != "LOC" and (p_end := next((p["end"] for p in sent_ents if p["type"] == "LOC" and p["end"] in (
                    sent[k - back].end, sent[k - back - 1].end)), None)) is not None \
                and (p_end == sent[k - back].end
                     or (words[k - back].startswith("ال") and words[k - back].endswith(("ي", "ية", "يه")))):
            # (and "it is" between: "في مدينة اللاذقية الساحلية وهي معقل الأسد وطائفته")
            k = max(k + 1, bisect_left(tok_starts, owned["end"]))  # "في مدينة اللاذقية الساحلية معقل بشار الأسد": whose
            continue  # stronghold, capital or birthplace the place is, no party (but an attack on a group's
            # stronghold strikes the group: "غارات على مدينة الرقة معقل تنظيم داعش")
        if t.noun and t.mode == "phone" and k == j and not source and not target \
                and _bare(w) in ("تلقاه", "تلقته", "تلقاها", "تلقتها"):
            role, received_call = "target", True  # "اتصال هاتفي تلقاه الملك سلمان من الرئيس التركي": who
            k += 1  # received it, then who made it behind من
            continue
        if sides and ((w == "من" and k + 1 < end and words[k + 1] in _SIDE)
                      or (w in _SIDE and k + 1 < end and words[k + 1] in _OTHER_SIDE and words[k - 1] != "من")):
            # "اشتباكات بين قوات النظام وحزب الله من جهة، والكتائب المقاتلة من جهة أخرى" (من طرف ... طرف آخر):
            # the side named before "on one hand" fights the one named before "on the other"
            at = k + 1 if w == "من" else k
            if at + 1 < end and words[at + 1] in _OTHER_SIDE:
                k = at + 2
                continue
            role = "target"
            k = at + 1
            continue
        if received_call and w == "من" and target and not source:
            role = "source"
            k += 1
            continue
        if k > j and not t.noun and t.type in _MEETINGS and _bare(w) in _DURING and k + 1 < n \
                and words[k + 1][:2] == "ال" and any(x.noun for x in _starting(words[k + 1])):
            # "ويلتقي ولي ولي العهد السعودي خلال الزيارة الرئيس المصري": the time, then whom he meets
            k += 2
            end = max(end, min(n, j + 28, _clause(words, k, k)[1]))
            continue
        if t.type == "AGREE" and not t.noun and w == "علي" and k > j and target \
                and ((last is not None and last[0] is target and last[1] == k) or country_end == k):
            break  # "اتفقت مع الولايات المتحدة على ضرورة توفير غطاء جوي للمعارضة السورية": what is agreed on
        if ((w == "(" and last is not None and last[3]) or (w in _DASHES and last is not None)) and last[1] == k \
                and (close := next((c for c in range(k + 1, min(end, k + (9 if w == "(" else 21)))
                                    if words[c] == (")" if w == "(" else w)), None)) is not None:
            # "وطالب حسن محمد الجهمي (أحد سكان المدراء) الجهات المسؤولة": who the person named is,
            # no party of his own; "وأدان الرئيس الأفغاني -الذي عاد من المانيا ...- الهجوم": an aside
            k = close + 1
            continue
        if w == "(" and last is not None and last[2] and (last[1] == k or (
                last[1] == k - 1 and coder.kb.nationality_of(words[k - 1]))) and k + 1 < end \
                and (gloss := actor_at.get(k + 1)) is not None and gloss["type"] == "ORG" \
                and bisect_left(tok_starts, gloss["end"]) < end and words[bisect_left(tok_starts, gloss["end"])] == ")":
            k = bisect_left(tok_starts, gloss["end"]) + 1  # "مجلس الاحتياطي الاتحادي (البنك المركزي الأمريكي)",
            continue  # "لبنك الاحتياطي الأسترالي (البنك المركزي)": the body named again by what it is, no party of its own
        if t.type == "CONSULT" and t.noun and k <= j + 1 and (
                w in _DISCUSSING or _bare(w) in _DISCUSSING or (w[:1] == "س" and w[1:] in _DISCUSSING)):
            break  # "الاجتماع سيناقش ... النجاحات التي حققها التحالف العربي": what it discusses, no party
        if t.noun and k == j and k > i and _definite(words[i]) and _future_prefix(w) and actor_at.get(k) is None:
            break  # "إن التحقيقات ستكشف أدوار المتورطين في مساعدة داعش": what the event noun, the subject, will do
            # names no party to it
        if t.type == "CONSULT" and t.noun and k == j and i > 0 and _definite(words[i]) \
                and (words[i - 1] in _DISCUSSING or _bare(words[i - 1]) in _DISCUSSING):
            break  # "وبحث اللقاء كيفية التصدي ... لتنظيم داعش": the meeting is what discusses; what follows, no party
        if t.type == "CONSULT" and k > j + 1 and (target or "مع" in words[j:k]) and w[:1] == "ل" and _bare(w) != w \
                and _bare(w) in _DISCUSSING:
            break  # "اجتماعا مع رؤساء الكتل السياسية لمناقشة مطالب المتظاهرين": past whom it is with, what
            # it is held to discuss names no party
        if k > j and w in _TOPIC_WORDS and not (w == "حول" and t.type in _ON_THE_GROUND):
            break  # "لبحث تنفيذ الاتفاق الذي توصل إليه البلدان بخصوص مكافحة داعش": what it is about, no party
            # (but "تجمع متظاهرون ... حول مقر سفارة استونيا": around it)
        if t.type == "AGREE" and t.noun and target and k > j and not _definite(words[i]) and actor_at.get(k) is None \
                and _present_verb(w) and words[k - 1][:1].isalpha():
            break  # "وقعت رسميا اتفاقا مع الولايات المتحدة يفتح قاعدة إنجيرليك ...": what the agreement does, a
            # clause on it, names no party
        if t.type == "COERCE" and target and k > j and (w in _WAS or (w[:1] in "وف" and w[1:] in _WAS)):
            break  # "اعتقلت رجلين كانا قد نشرا دعاية لتنظيم داعش": what those held had done, no party
        if (t.type in _BENEFIT or t.type in ("COOPERATE", "CONSULT", "AGREE")) and k > j and actor_at.get(k) is None and (
                (strip_article(_bare(w)) in _CONFRONTING and (t.type in _BENEFIT or words[k - 1] == "في" or (
                    w[:1] == "ل" and not any(coder.kb.org_head(v) or _title_head(v) for v in words[max(j, k - 3):k])))) \
                or w == "ضد"
                or (w == "علي" and strip_article(_bare(words[k - 1])) == "قضاء")):
            break  # "على ما قدموه من دعم لنا في مواجهة الطغيان وردع الانقلابيين": whom the help is against
            # (and the cooperation: "التعاون ... في القضاء على داعش", "التعاون بين البلدين ضد داعش"; and what talks
            # or an agreement are on: "وبحث ... سبل تعزيز الجهود لمكافحة إرهاب داعش")
        if t.type == "SUPPORT" and not t.noun and k > j and _bare(w) in _AFTER_BEFORE and actor_at.get(k) is None:
            break  # "أشاد ... بأداء رجال الداخلية إثر الإعلان عن تفكيك خلايا تابعة لداعش": what came before
            # or after the praise, not whom it is for
        if t.type == "COERCE" and t.noun and k > j and _bare(w) in _AFTER_BEFORE and actor_at.get(k) is None \
                and k + 1 < end and words[k + 1][:1].isalpha() and actor_at.get(k + 1) is None \
                and nominal_at(k + 1) is None and not _time_phrase(words[k + 1:k + 2]) \
                and not coder.kb.is_count(words[k + 1]) and _bare(words[k + 1]) not in ("ان", "انه", "ما"):
            break  # "إثر مداهمة للضفة الغربية المحتلة بعد إلقاء السكان الحجارة على قوات الأمن": the act before or
            # after a raid or an arrest told by its noun has its own doer and object
        if k > j and (t.type in _KILLING or (not t.noun and t.type not in _OF_DEEDS)) \
                and (w in _RELATIVES or w == "الذين") and k + 2 < end \
                and actor_at.get(k - 1) is None and (_present_verb(words[k + 1])
                                                     or (_bare(words[k + 1]) == "بات" and _present_verb(words[k + 2]))) \
                and words[k + 2] not in _RESUMPTIVE:
            # (but "القاعدة التي يتمركز فيها الحوثيون", "بلدة التي يسيطر عليها الأكراد": who holds the place hit)
            break  # "في ضربة جديدة للتنظيم المتطرف الذي يواجه أصلا صعود تنظيم داعش": what is said of
            # a noun, in the present, names no party to the attack, nor to what a verb tells ("صار يهدد المناطق
            # الزراعية ... التي تمثل معقل الطائفة العلوية التي ينحدر منها الأسد"; but the doer of the deed a
            # stance is on: "أشاد بالجهود التي يبذلها المبعوث")
        if t.mode == "visit" and not t.noun and k > j and w in _RELATIVES and k + 1 < end and not source \
                and actor_at.get(k - 1) is None and nominal_at(k - 1) is None and _past_verb_by_use(words[k + 1]):
            break  # "سيزور خصوصا القاعدة الجوية التي انطلق منها الطيار الاردني معاذ الكساسبة": who acts in what
            # is said of the place visited neither visits nor is visited
        if t.noun and k >= j and w in _COMES_AS and k + 1 < end and words[k + 1][:1] != "ل" \
                and not any(v in _DIRECTIVE or _bare(v) in _DIRECTIVE for v in words[k + 1:k + 3]):
            break  # "إن إعلان حالة الطوارئ جاء بسبب "احتمال وقوع اضرار للأشخاص"": the event noun is the verb's
            # subject; what follows tells why it came, and names no party (but what it came to do names whom it
            # is for: "زيارته اليوم جاءت لتفقد قوات الحرس الوطني"; and who directed it gave it: "هذه المساعدات
            # تأتي إنفاذا لتوجيهات خادم الحرمين")
        if k > j and _bare(w) in ("امر", "شيء") and _definite(w) and k + 1 < end and words[k + 1] in _RELATIVES:
            break  # "ترفض الكشف عن هوية النساء الأمر الذي يسهل ... ملاحقة وزارة الداخلية": "which" tells
            # what follows from it, a clause of its own
        if k > j and t.type not in _MEETINGS and (source or target) and w in _ANY_RELATIVE and k + 2 < end \
                and last is not None and last[1] == k and (last[0] is target or t.noun) \
                and not sent[k + 1].text.endswith(("ه", "ها", "هم", "هما")) \
                and words[k + 2] not in ("به", "بها", "بهم", "بهما") \
                and (_present_verb(words[k + 1]) or _past_verb_by_use(words[k + 1])) \
                and not (t.type in _KILLING and (target or words[k + 1].endswith(("وا", "ت")))):
            break  # "خشية دعم نشاط أكراد سوريا الذين يقاتلون المتطرفين قرب الحدود": what those named do, in a
            # clause on them, is no part of this event (nor its parties; but "قتل المسلحين الذين قتلوا": the killed
            # told again, and "الأعمال التي يرتكبها" the relative of an act, with a pronoun of it; nor the subject's,
            # before the verb's object: "واتهمت جماعة حزب العمال الكردستاني التي خاضت تمردا ... حزب العدالة والتنمية")
        if k > j and t.type not in _KILLING and w[:1] == "و" and w[1:] in _ANY_RELATIVE and (source or target) \
                and last is not None and last[1] == k:
            break  # "بلقاء مع مدير الساحة نايف الفهيد والذي بيّن حرص اللجنة ... بتوجيه من رئيس البلدية": what one
            # named says or does, in a relative joined to him, names no party to this event
        if k > j and w in _AMID and t.type not in _KILLING and (
                not _AMID[w] or words[k - 1] in (_AMID[w], "و" + _AMID[w])):
            # (and what it is set against: "ولن يصطحب فابيوس رجال الأعمال في هذه الزيارة، على عكس وزير الاقتصاد
            # الألماني": whom the act is set against did something else)
            break  # "شكره لمدير الفرع على زيارتهم في ظل حرص أمير منطقة القصيم": what it came "amid" names no party
        if k > j + 1 and _among(w, _RESIDING) and k + 1 < end and words[k + 1] in ("في", "ب", "داخل") \
                and t.type not in _KILLING:
            break  # "التقى أوبراين ببعض من اللاجئين المقيمين في قواعد قوات حفظ السلام": where those met live
        if k >= j and w == "وسط" and t.type not in ("ASSAULT", "PROTEST") and k + 1 < end and actor_at.get(k + 1) is None \
                and not _definite(words[k + 1]) \
                and words[k + 1][:1].isalpha() and (k == 0 or words[k - 1] not in ("في", "الي", "من")):
            break  # "وتعقد القمة وسط اجراءات امنية مشددة": "amid" and the scene, no party (but "وسط بغداد", a place;
            # and who one blows himself up amid is struck: "فجر نفسه وسط تجمع للعراقيين", and what a protest is amid
            # tells what it is against: "وسط غضب متزايد من قرار بريطانيا")
        if k > j + 1 and words[k - 1] in ("،", ",") and w == "وسط" and actor_at.get(k + 1) is None and t.type != "PROTEST":
            break  # "التفجير الغاشم الذي استهدف مسجد ... في منطقة عسير، وسط حالة من الحزن والدموع بين أهالي": past a
            # comma, "amid" tells the scene, no party (but "، وسط بغداد": a place)
        if k > j + 1 and t.type in _OBJECT_RELATIVE_FREE and w in _RELATIVES and k + 2 < end \
                and actor_at.get(k - 1) is None and _trigger_at(words, k - 1) is None \
                and not any(x["start"] < sent[k - 1].end and x["end"] > sent[k - 1].start for x in sent_ents) \
                and coder.nominal_actor(article, sent, words, k - 1, k) is None \
                and len(words[k + 1]) > 4 and words[k + 1].endswith(("ها", "ه", "هم")) \
                and (_past_verb_by_use(words[k + 1][:-2] if words[k + 1].endswith(("ها", "هم")) else words[k + 1][:-1])
                     or _present_verb(words[k + 1][:-2] if words[k + 1].endswith(("ها", "هم")) else words[k + 1][:-1])):
            # "ونشرت القوات الموالية لحكومة هادي مدرعاتها التي زودها بها التحالف": who did to a thing what a
            # relative on it tells is no party to the deployment or the meeting; the event's words go on after
            # its comma
            k = next((x for x in range(k + 1, end) if words[x] in ("،", ",")), end)
            continue
        if t.type in _MEETINGS and k > j and (source or target) and w in _ANY_RELATIVE and k + 1 < end \
                and _present_verb(words[k + 1]) and words[k + 2:k + 3] != ["معه"]:
            break  # "للاجتماع مع الزعماء العراقيين الذين يعكفون على وضع خطط لاستعادة مدينة الرمادي من
            # أيدي داعش": what those met are doing, no party to the meeting
        if k > j and (w in _RELATIVES or (w[:1] == "و" and w[1:] in _RELATIVES and words[k - 1] in ("،", ","))) \
                and _after_place(words, k, place_ends) and not (t.noun and any(
                    x["type"] == "LOC" and x["start"] == sent[j].start and x["end"] == sent[k - 1].end for x in sent_ents)):
            # "في ولاية البنجاب التي تتنازع عليها الهند وباكستان": a clause that tells of the place,
            # no party in it; the event's words go on after its comma or at its toll ("في بلدة سروج التي
            # تبعد 10 كيلمترات عن الحدود السورية إلى مقتل 28 شخصا"; but the place a noun is named by is the noun's:
            # "قمة كامب ديفيد التي جمعت الرئيس الأمريكي بقادة دول مجلس التعاون")
            k = next((x for x in range(k + 1, end) if x in tolls or words[x] in ("،", ",")), end)
            continue
        if k > j and role == "source" and not source and t.type not in _KILLING and w in _RELATIVES \
                and (not t.noun or not _definite(words[i])) and k - j <= 3 and (_definite(words[j]) or words[j][:2] == "لل") and k + 2 < end \
                and all(actor_at.get(m) is None for m in range(j, k)) and not _definite(words[k + 1]) \
                and (words[k + 1].endswith(("ها", "ه")) or words[k + 2] in ("به", "بها")):
            role = "target"  # "إدانة الأعمال الإرهابية التي يقوم بها تنظيم داعش": who does what is condemned,
            # supported or refused, named in the relative on it, is the one it is done to (not after a noun
            # with the article, whose adjectives come between: "الدعم العسكري الذي تقدمه الجماعة", the giver)
        if k == j and role == "source" and not source and not t.noun and actor_at.get(k) is None and _definite(w) \
                and not ranked_name and (((g := coder.kb.group_of([w])) is not None and g[0] == 1 and not g[2])
                                         or (coder.kb.org_head(w) and k + 1 < end and words[k + 1] in _SAME)) \
                and not (k + 1 < end and coder.kb.nationality_of(words[k + 1])) \
                and (actor_at.get(k + 1) or {}).get("type") != "PER" \
                and coder.nominal_actor(article, sent, words, k, k + 1) is None:
            # "حثت الحكومة الأهالي على شرب المياه": a body named with no nationality after the verb is its
            # subject, no actor; who follows is its object (not a word before a name that tells who he
            # is: "ناشد المواطن فهد العنزي"); so is one named again ("وأدانت المحكمة ذاتها، متهما سعوديا"); a
            # feminine one after a verb of a man is its object ("ودعا الحكومة إلى الحوار": the subject dropped)
            role, unnamed_subject = "target", _head_is_subject(article, coder, sent, words, i, k, actor_at)
            if not unnamed_subject and (named := _head_antecedent(article, sent, w)) is not None:
                target.append(_actor(named))
        elif k == j and role == "source" and not source and not t.noun and t.type == "REQUEST" \
                and actor_at.get(k) is None and _definite(w) and k + 2 < end and not ranked_name \
                and coder.kb.cue_kind(w) is None and words[k + 1][:1] not in "بل" \
                and not any((actor_at.get(x) or {}).get("type") == "PER" for x in range(k, min(end, k + 16))) \
                and coder.nominal_actor(article, sent, words, k, k + 1) is None \
                and (called := next((m for m in range(k + 1, min(end, k + 5))
                                     if coder.kb.group_of([words[m]]) or coder.kb.people_of(words[m])
                                     or coder.nominal_actor(article, sent, words, m, min(end, m + 2)) is not None), None)) is not None \
                and all((_definite(v) or v.startswith("لل") or v in ("،", ",")) and actor_at.get(x) is None
                        for x, v in enumerate(words[k + 1:called], k + 1)):
            # "ودعت الجوازات الأشقاء اليمنيين", "ودعت المديرية العامة للجوازات الاخوة اليمنيين": a body the
            # lexicons do not know right after a call, its name's words, and the people called on after it
            # (when its head alone names it, the body of that head the article named before: "ودعت الوزارة")
            role, unnamed_subject = "target", True
            if called == k + 1 and _agrees_with_head(words[i], t, w) \
                    and (named := _head_antecedent(article, sent, w) or _titled_antecedent(article, sent, w)) is not None:
                source.append(_actor(named))  # (or the one of that title: "ودعا الوزير المواطنين")
            k += 1
            continue
        elif k == j and role == "source" and not source and not t.noun and t.type == "REQUEST" \
                and actor_at.get(k) is None and _definite(w) and coder.kb.org_head(w) and not ranked_name \
                and k + 1 < end and words[k + 1][:1].isalpha() \
                and (not _definite(words[k + 1]) or coder.kb.group_of([words[k + 1]])) \
                and actor_at.get(k + 1) is None and not coder.kb.nationality_of(words[k + 1]):
            # "ودعت المديرية أبناء الجمهورية اليمنية", "ودعت البلدية المواطنين": a body named by its head alone
            # right after a call is its subject, the one of that head the article named before; those after it
            # are called on (but a feminine head after a verb of a man is its object, the subject the man named
            # before: "قال أوباما إن الانتخابات لا تتمتع بالمصداقية، ودعا الحكومة إلى الحوار")
            role, unnamed_subject = "target", _head_is_subject(article, coder, sent, words, i, k, actor_at)
            if (named := _head_antecedent(article, sent, w)) is not None:
                (source if unnamed_subject else target).append(_actor(named))  # (the ministry called on: "ودعا
                # الوزارة إلى ضرورة الإسراع")
            k += 1
            continue
        if k == j and role == "source" and not source and not t.noun and t.type == "CONSULT" \
                and w in _DURING_PRONOUNS:
            # "ووصل كيري إلى القاهرة في زيارة، والتقى خلالها الرئيس المصري": met during it, whoever
            # came; one party alone after it is whom he met
            during_it = True
            k += 1
            continue
        if k == j and role == "source" and not source and not t.noun and t.type == "REQUEST" \
                and words[i][:1] not in "وف" and _subject_named_first(words, i, lo, actor_at) \
                and (x := actor_at.get(k) or coder.nominal_actor(article, sent, words, k, k + 1)) is not None \
                and (after := (bisect_left(tok_starts, x["end"]) if x.get("end") else k + len(x["text"].split()))) < end \
                and words[after] in ("علي", "الي"):
            # "لكن الجمعية الطبية الإسرائيلية التي تعتبر التغذية القسرية ... تعذيبا حثت الأطباء الإسرائيليين على عدم
            # الامتثال": after a subject named first, who follows the verb of urging, before what is urged, is urged
            role, unnamed_subject = "target", True
        if k == j and role == "source" and not source and not t.noun and t.type == "REQUEST" and i > lo \
                and not _definite(words[i - 1]) and _bare(words[i - 1]) in _DOCUMENTS and w not in _RESUMPTIVE:
            role = "target"  # "وصوت المجلس لصالح أربع توصيات طالبت وزارة الخارجية بدراسة": a text that demands, whom
            # it names after the verb is asked (but "بيان دعت فيه «أوبك» المنتجين": who issued it, after "in it")
        if k == j and role == "source" and not source and not t.noun and t.type not in _KILLING and actor_at.get(k) is None \
                and not _definite(w) and (titled := _portfolio_antecedent(article, coder, sent, words, k, end, actor_at)):
            # "بدوره؛ أشاد وزير الإسكان بالتعاون" after "وزير الإسكان ماجد بن عبدالله الحقيل": a title with its
            # portfolio and no name after it is the one of that title the article named before
            source.append(_actor(titled[0]))
            k, role = titled[1], "target"
            continue
        if k == j and role == "source" and not source and not t.noun and actor_at.get(k) is None \
                and (past := _unnamed_title(article, coder, sent, words, k, end, actor_at)) is not None:
            # "وهدد زعيم التنظيم الحكومة التونسية": a title in construct with no name is the verb's
            # unnamed subject; the body after it is its object
            k, role, unnamed_subject = past, "target", True
            if k < end and (x := actor_at.get(k)) is not None and x["type"] == "ORG" and _has_bi(words[k]):
                source.append(_actor(x))  # "رفض مدير عام الترقيات بوزارة الخدمة المدنية": the body he is at
                k = max(k + 1, bisect_left(tok_starts, x["end"]))
            continue
        if k == j and role == "source" and not source and not t.noun and t.type in _ADDRESSED \
                and w in _MANY and (past := _many_unnamed(article, coder, sent, words, k, end, actor_at)) is not None:
            # "طالب كثير من المنظمات الحقوقية جماعة الحوثيين": many of a kind no lexicon names are
            # the verb's unnamed subject; who follows them is its object
            k, role, unnamed_subject = past, "target", True
            continue
        if k == j and role == "source" and not source and not t.noun and t.type == "REQUEST" \
                and w in _ALL_OF and actor_at.get(k) is None:
            role = "target"  # "كما ناشد جميع أبناء الأمة": whom all of one calls on; the caller was named before
        if k == j and role == "source" and not source and not t.noun and w in _PLURAL_TITLES \
                and actor_at.get(k) is None and coder.nominal_actor(article, sent, words, k, k + 1) is None \
                and k + 1 < end and not _title_head(words[k + 1]) and coder.kb.nationality_of(words[k + 1]) is None \
                and not words[k + 1].endswith("ين"):  # (not a noun's genitive: "ورفض الزعماء المحليين لهذه القرارات")
            # "وأدان الوزراء الجرائم البربرية التي ترتكبها داعش": ministers no one names are the verb's
            # unnamed subject; what follows is its object, and they are of the body or the government
            # the sentence before named, if it named one (مجلس التعاون)
            role, unnamed_subject = "target", True
            if prev_subject is not None and prev_subject.get("sector") == "GOV":
                source.append(_actor(prev_subject))
            k += 1
            continue
        if k == j and role == "source" and not source and not t.noun and t.type not in _KILLING and _definite(w) \
                and actor_at.get(k) is None and not ranked_name and k + 1 < end \
                and (r := coder.kb.role_of([w])) is not None and r[0] == 1 and not coder.kb.group_of([w]) \
                and not coder.kb.nationality_of(words[k + 1]) and not (titles and any(a <= tok_starts[k] < b for a, b in titles)) \
                and (((x := actor_at.get(k + 1)) is not None and x["type"] in ("ORG", "LOC")
                      and not (titles and any(a <= x["start"] < b for a, b in titles)))
                     or (actor_at.get(k + 1) is None and coder.nominal_actor(article, sent, words, k + 1, k + 2) is not None)) \
                and coder.nominal_actor(article, sent, words, k, k + 1) is None:
            # "وانتقد الوزير إيران بشدة": a title alone after the verb is its subject, the one of that title the
            # article named before, or no one it names; who follows is its object
            role, unnamed_subject = "target", True
            if (named := _titled_antecedent(article, sent, w)) is not None:
                source.append(_actor(named))
            k += 1
            continue
        if k == j and role == "source" and not source and not t.noun and t.type not in _KILLING and _definite(w) \
                and w.endswith("ون") and len(strip_article(_bare(w))) > 4 and actor_at.get(k) is None \
                and not ranked_name and coder.nominal_actor(article, sent, words, k, k + 1) is None \
                and not (k + 1 < end and coder.kb.nationality_of(words[k + 1])):
            # "وقد دعا المشاركون في الملتقى الدول العربية": many in the nominative right after the verb are its
            # subject, unnamed; who follows is its object (as one in ين is the object: "ودعت الوزارة المواطنين")
            role, unnamed_subject = "target", True
            k += 1
            continue
        if k == j and role == "source" and not source and not t.noun and t.type in _STANCES and _definite(w) \
                and strip_article(_bare(w)) in _SPEECH and actor_at.get(k) is None:
            # "وأدان البيان اقتحام المستوطنين": the statement speaks for whoever issued it, unnamed here;
            # what follows is its object
            role, unnamed_subject = "target", True
            k += 1
            continue
        if k == j and role == "source" and not source and not t.noun and t.type not in _KILLING \
                and _among(w, _OTHERS) and actor_at.get(k) is None:  # (not "قتل الكثيرون": many were killed)
            role, unnamed_subject = "target", True  # "كما دعا آخرون دولة الإمارات": unnamed others ask
            k += 1                                  # it; whom they ask follows
            continue
        if k == j and role == "source" and not source and not t.noun and w in _HONORIFIC_PRONOUNS:
            # "ودعا معاليه العاملين في الهيئة": the subject is a pronoun, the one named before;
            # who follows is the verb's object
            role = "target"
            if prev_subject is not None and prev_subject["type"] == "PER":
                source.append(_actor(prev_subject))
            elif prev_subject is None and not any(x["type"] == "PER" for kk, x in actor_at.items() if kk < i) \
                    and (named := next((e for e in article.entities if e["type"] == "PER" and e.get("role")
                                        and e["end"] <= sent[0].start), None)):
                source.append(_actor(named))  # "أكد سماحة المفتي العام للمملكة الشيخ عبدالعزيز آل الشيخ ... واستنكر
                # سماحته": no event named the subject before, nor does the sentence: the first person the article
                # names with his title, whom it is about
            k += 1
            continue
        if goal_first and k > j + 1 and w[:1] in "بل" and _bare(w) != w and actor_at.get(k) is None:
            goal_first = False  # "وصلت إلى منطقة عسير اليوم تنفيذا لتوجيهات الأمير": whose orders, not who came
        if k > j and (_bare(w) in _ATTRIBUTION or (w == "كما" and k + 1 < n and _reporting(words[k + 1]))):
            # "كما أفاد المرصد السوري", "حسب مصدر طبي": who reports it, not who took part;
            # set inside the clause (أوقع بحسب الجيش ألف قتيل), the clause goes on after the reporter
            x = actor_at.get(k + 1) if w != "كما" else None
            if x is None and w != "كما":
                x = coder.nominal_actor(article, sent, words, k + 1, k + 2)
                x = {"end": sent[k + len(x["text"].split())].end} if x is not None else None
            after = bisect_left(tok_starts, x["end"]) if x is not None else n
            if after < end and words[after][:1].isalnum():
                k = after
                continue
            break
        if k in skip:
            if k in tolls and t.type in _KILLING:
                # "أدى انفجار ... إلى مقتل عشرة أشخاص": the dead follow (an attack's, not those of a
                # protest camp it hit: "الغارة التي شنت على مخيم احتجاج وأدت إلى مقتل 44 مدنيا")
                role, toll = "target", True
            k += 1
            continue
        if role == "source" and t.noun and t.type == "CONSULT" and k == j and _has_bi(w):
            role = "target"  # "أجرى ولي العهد اتصالا هاتفيا بملك الأردن الملك عبدالله الثاني": who is called
        if titles and any(a <= tok_starts[k] < b for a, b in titles):
            if same_side is not None and same_side[1] == k:
                same_side = (same_side[0], k + 1)  # "القوات الموالية للرئيس السابق علي عبد الله صالح"
            k += 1  # a word of the title of the person named next: the person is the party
            continue
        if t.type == "REQUEST" and not t.noun and role == "source" and w == "من" \
                and ((j <= k <= j + 2 and not any(_bare(v) in _QUANTIFIERS or kb().is_count(v) for v in words[j:k])
                      and (k == j or _definite(words[k - 1]) or words[k - 1] in _THESE))
                     or (len(source) == 1 and last is not None and last[0] is source and last[1] == k)) \
                and (actor_at.get(k + 1) is not None or coder.nominal_actor(
                    article, sent, words, k + 1, k + 2) is not None):
            # "وطالبت الداخلية الإقليمية من الحكومة الفيدرالية", "طالبت رئاسة إقليم كردستان العراق من حزب
            # العمال": whom one asks behind من, after the one asking (but "طالب عدد من النواب": some
            # of them ask)
            role = "target"
            k += 1
            continue
        if (t.type == "REQUEST" or (t.type == "THREATEN" and not t.noun)) and role == "source" and k >= j \
                and w[:1] == "ب" and (_bare(w) != w or (t.type == "THREATEN" and len(w) > 4)) \
                and actor_at.get(k) is None and not _title_bi(coder.kb, words, j, k, end, actor_at):
            # (and what one threatens to do: "هدد بمقاضاة هاشمي رفسنجاني", who would be sued)
            # "للمطالبة بعودة الرئيس محمد مرسي": after بـ comes what is asked for; whom it names
            # is acted on, not asking
            role = "target"
            asked_for = k if asked_for is None else asked_for
        if t.mode == "release" and k >= j and w in ("عن", "علي"):
            role = "target"  # "الإفراج عن منصور", "افرجت مليشيات الحوثي على سبعة من المختطفين": who is let go
        if k > j and t.noun and t.type in _MEETINGS and w in _COMPLEMENTIZERS:
            break  # "زيارة وزير خارجية النظام وليد المعلم لطهران ... باعتبار أن إيران هي الآمر الناهي":
            # what is said of it, no party to it
        if k > j and w in _COMPLEMENTIZERS and w[:1] != "ب" and t.type in ("COERCE", "ASSAULT") \
                and k > 0 and words[k - 1] not in _PREPOSITIONS:
            break  # "الذي ألقي القبض عليه يوم الجمعة الماضي، وفريق دفاعه أن القاضي تحيز لصالح النيابة
            # العامة": what is said after أن is another clause
        if k > j and t.type in _BENEFIT and target and not source and len(w) > 5 and w[:2] == "وت" \
                and w.endswith(("ه", "ها", "هم")) and actor_at.get(k) is None:
            break  # "من أجل مساندة ودعم اليمن وتطهيره من الحوثيين": another act done to the one helped, whose
            # parties are its own
        if k > j and w[:1] in "وف" and w[1:] in _LIGHT_VERBS and actor_at.get(k) is None \
                and not _agent_cue_at(words, k):  # (but "وقام به ضابط": who did it)
            break  # "قتل ثمانية من الحوثيين في مواجهات مع قوات الشرعية، وشن طيران التحالف سبع غارات":
            # another verb's clause, with its own parties
        if t.type in _KILLING and (not t.noun or t.patient) and k > j and _bare(w) in _WHEN and k + 2 < n and not source \
                and any(x.type in _KILLING and not x.noun for x in _starting(words[k + 1])):
            # "قتل ثلاثة جنود عندما هاجم مسلحون نقطة تفتيش", "مقتل ثلاثة جنود حين فتح عناصر من حزب العمال
            # الكردستاني النار": who attacked, right after its verb, killed them
            x = actor_at.get(k + 2)
            part_of = actor_at.get(k + 4) if x is None and k + 4 < n and words[k + 3] == "من" else None
            if x is not None and x["type"] in ("PER", "ORG"):
                source.append(_actor(x))
            elif part_of is not None and part_of["type"] == "ORG" and part_of.get("sector") in _ARMED:
                source.append(_actor(part_of))  # (some of the group named after من: "عناصر من حزب العمال")
            elif (x := coder.nominal_actor(article, sent, words, k + 2, k + 3)) is not None \
                    and x.get("sector") in _ARMED:
                owner = actor_at.get(k + 3)
                # (in construct with the group they are of: "مسلحو حركة الشباب")
                source.append(_actor(owner) if owner is not None and owner["type"] == "ORG"
                              and words[k + 2].endswith(("و", "ي")) else x)
            break
        if t.type in _KILLING and k >= j and w in _WHILE and k + 1 < end and _bare(words[k + 1]) in _ENGAGED:
            role = "target"  # "التفجير أثناء قيام منسوبي قوات الطوارئ بأداء صلاة الظهر": those hit
            k += 1
            continue
        if w in ("،", ","):
            nxt = words[k + 1] if k + 1 < n else ""
            if k > j and (prev := _ending_at(actor_at, sent, k - 1)) is not None and _is_country(prev) \
                    and (x := actor_at.get(k + 1)) is not None and _is_country(x):
                k += 1  # "مباحثات مع المملكة، الكويت، الإمارات": a list of countries parted by commas
                continue
            if last_comma is not None and (_time_phrase(words[last_comma + 1:k])
                                           or (source and _set_off(words, last_comma + 1, k, meets))):
                # "اعتقلت، فجر أمس الخميس، خمسة فلسطينيين": a time set off by commas; so is the
                # subject's title or where it acts ("استقبل الأمير سعود بن نايف، أمير المنطقة
                # الشرقية، في مكتب سموه بالإمارة، السفير الكوري": the aside after it is measured from here)
                last_comma = k if source else None
                k += 1
                continue
            if k > j and any(x["type"] == "LOC" and x["end"] == sent[k - 1].end for x in sent_ents) \
                    and (nxt in _PLACE_ASIDE or strip_article(nxt) in _DIRECTIONS) and (ahead := next(
                        (x for x in range(k + 2, min(end, k + 12)) if words[x] in ("،", ",")), None)) is not None:
                k = ahead + 1  # "في مدينة الموصل، عاصمة محافظة نينوى الواقعة شمال العراق، يوم 15 يوليو على يد
                continue  # تنظيم داعش": what the place is, an aside; the clause goes on after it
            if k > j and t.noun and i > 0 and _bare(words[i - 1]) in _TIME_OF_EVENT and nxt[:1] != "و" \
                    and actor_at.get(k + 1) is None and _past_verb_by_use(nxt):
                break  # "خلافات الرجلين، بعد زيارة البنعلي، أضعفت ورقة فجر ليبيا": the event told as the time
                # ends at the comma; the verb after it opens the clause it dates
            if k > j and nxt[:1] == "و" and nxt in _KANA and t.mode != "visit":
                break  # "خمسة أشخاص قتلوا في الهجوم وأصيب 16، وكان المتحدث باسم وزارة الصحة قال": a clause of its own
                # (but "وصل الرئيس الشيشاني ...، وكان في استقباله وكيل إمارة المنطقة": his hosts)
            if k > j and nxt in _AND_AT and _dated_at(article, sent, k + 2, end):
                break  # "اعتقل الاحتلال عشرات الفلسطينيين، وفي سنة 1969 استجاب ياسر عرفات": a time behind و
                # past a comma opens a clause of its own, with its own actors
            if last_comma is not None and last_comma + 1 < k \
                    and _time_phrase([w for w in words[last_comma + 1:k] if w not in ("(", ")")]):
                last_comma = k  # "يلتقي وزير الخارجية الاميركي جون كيري، اليوم (الاربعاء)، نظيره الروسي": the
                k += 1          # comma that closes an aside of time counts no clause
                continue
            commas += 1
            last_comma = k
            if _definite(nxt) and actor_at.get(k + 1) is None and any(
                    words[x] in _JOINING_PRONOUNS for x in range(k + 2, min(end, k + 5))):
                break  # "بعد توقيع الاتفاق بين الغرب وإيران، الإرهاصات الأولى هي دخول تركيا": a sentence of its own
            ahead = next((x for x in range(k + 1, min(end, k + 16)) if words[x] in ("،", ",")), None)
            if (commas >= 2 and not nxt.startswith("و") and nxt not in _TARGET_PREPS
                    and not (t.type in _KILLING and _bare(nxt) in _CAUSES)
                    and not (t.type in _KILLING and nxt in ("ما", "مما") and k + 2 < end
                             and _bare(words[k + 2]) in _RESULTS)  # (", ما أسفر عن استشهاد ضابط": its toll)
                    and not (source and ahead is not None and (
                        _time_phrase(words[k + 1:ahead]) or _set_off(words, k + 1, ahead, meets)))) \
                    or _reporting(nxt) or (k > j and _reporting_inflected(nxt) and nxt not in _CALLING_ON) \
                    or (k > j and nxt in _CALLING_ON and t.type != "PROTEST"):
                break  # (", أعلن مصدر أوروبي أن ...": another clause, a statement about it, and ", مؤكدة أن": one
                # the subject adds; ", داعيا المشرعين": a
                # call told after it, whom it calls on no party to the event before (but a protest's demands are
                # made of its target: "مطالبين رئيس الوزراء حيدر العبادي"); but "قتل
                # سبعة من الشرطة، ومهندس هندي، اثر هجوم تبنته طالبان": the cause of the killing; and
                # not before an aside: "التقى الأمير محمد بن سلمان، ولي ولي العهد ... في جدة، أمس،
                # الرئيس رمضان قاديروف")
            k += 1
            continue
        if k > j and w in ("في", "وفي") and k + 2 < end and words[k + 1] == "وقت" and not _definite(words[k + 2]) \
                and words[k + 2] not in _WHEN_ADJECTIVES and words[k + 2][:1].isalpha():
            break  # "في وقت لا يزال فيه المحققون يبحثون عن الدوافع التي قادت المهاجم": at a time when, a clause
            # of its own (but "في وقت سابق": when)
        if k > j and w in ("في", "وفي") and k + 2 < end and words[k + 1] == "الوقت" and words[k + 2] in ("الذي", "التي"):
            break  # "استهدف مدينة سروج، في الوقت الذي وعدت فيه الحكومة التركية": while, a clause of its own
        if k > j and t.type in ("SUPPORT", "AID") and target and w == "في" and k + 1 < end \
                and actor_at.get(k + 1) is None and not _definite(words[k + 1]) \
                and sent[k + 1].text.endswith(("ها", "هم", "هما")) and not coder.kb.is_count(words[k + 1]):
            break  # "دعم الحكومة اللبنانية في تصديها لتنظيمي داعش والنصرة": what the one supported does,
            # in its own words, names no party to the support
        if k > j and t.type in ("SUPPORT", "AID") and target and w == "في" and k + 1 < end \
                and actor_at.get(k + 1) is None and not _definite(words[k + 1]) and words[k + 1][:1].isalpha() \
                and not _place_word(words[k + 1]) and not _time_phrase(words[k + 1:k + 2]) \
                and any(strip_article(_bare(v)).startswith(_EFFORTS) for v in words[max(i, k - 8):k]):
            break  # "وأشاد الأمير بجهود رجال الأمن في ضبط الجناة": what the efforts were in names no one supported
        if w in _TOWARD or (w[:1] in "وف" and w[1:] in _TOWARD) or (
                w == "الي" and k > 0 and t.mode != "visit" and _bare(words[k - 1]) in _TRAVELLING):
            # "فر المئات منهم نحو محافظة تعز", "باتجاه مدينة عدن", "بالسفر إلى سورية": where they
            # went, no party
            k2 = k + 1
            while k2 < end and actor_at.get(k2) is None and (strip_article(words[k2]) in _DIRECTIONS
                                                              or (k2 == k + 1 and words[k2] == "الي")):
                k2 += 1
            x = actor_at.get(k2)
            if x is not None and (x["type"] == "LOC" or (x["type"] == "ORG" and strip_article(words[k2]) in _DIRECTIONS)):
                k = max(k2 + 1, bisect_left(tok_starts, x["end"]))
                continue
        if w in _IN_ADDITION and k > j and k + 2 < end and words[k + 1] in ("الي", "إلى") \
                and (x := _ending_at(actor_at, sent, k - 2 if words[k - 1] in (")", "،", ",") else k - 1)) is not None \
                and (side := next((side for side in (source, target)
                                   if any(a.get("entity") == x["id"] for a in side)), None)) is not None:
            same_side = (side, k + 2)  # "الولايات المتحدة، الصين، روسيا، فرنسا، بريطانيا) اضافة الى المانيا": one
            backed = True  # added to those named, on their side (a country too)
            k += 2
            continue
        if w in _LOCATIVE or _behind_bi(w, _DIRECTIONS):
            # "في شمال غرب باكستان", "بمدينة الحلة": the place phrase says where, not who
            right_after = last is not None and last[1] == k
            k += 1
            k_in = k
            while k < end and strip_article(words[k]) in _DIRECTIONS:
                k += 1
            if k > k_in and k + 1 < end and words[k] in ('"', "«", "“"):
                k += 1  # (في منطقة "دار سعد": the name in quotes)
            x = actor_at.get(k)
            if x is not None and (x["type"] == "LOC" or (
                    x["type"] == "ORG" and k > k_in and words[k - 1] in ('"', "«", "“"))):
                # (and a body's name in quotes after a word of place, a place: منطقة "دار سعد")
                k = where_end = max(k + 1, bisect_left(tok_starts, x["end"]))
            elif x is None and right_after and w in _LOCATIVE and (body := nominal_at(k)) is not None \
                    and body.get("sector") not in (None, "GOV", "CVL"):
                same_side = (last[0], k)  # "وطالب نواب في البرلمان الكويتي": the body, named by its kind, they are in
            elif x is not None and x["type"] == "ORG" and w in _LOCATIVE:
                if right_after and x.get("sector") != "GOV":
                    same_side = (last[0], k)  # "المقاتلون في الحركة": the body they are in
                elif t.type not in _LOCAL_TARGET:
                    # "اجتمع الوزير مع السفير في وزارة الخارجية": the venue (but an attack, an arrest
                    # or a protest "in" an embassy is aimed at it)
                    k = venue_end = max(k + 1, bisect_left(tok_starts, x["end"]))
            continue
        if k > j and _for(w) and (x := actor_at.get(k)) is not None and _is_country(x) \
                and any(coder.kb.role_of(words[a:k]) for a in range(max(j, k - 3), k)) \
                and (after := bisect_left(tok_starts, x["end"])) < end \
                and (actor_at.get(after) or {}).get("type") == "PER":
            k = after  # "وتهديدات المرشد الأعلى لإيران خامئني": the country of the title of the one named next
            continue
        if t.type == "CONSULT" and k > j and _has_bi(w) and (x := actor_at.get(k)) is not None and x["type"] == "ORG" \
                and x["start"] > tok_starts[k] and strip_article(_bare(w)) in gazetteer().facility_heads:
            k = max(k + 1, bisect_left(tok_starts, x["end"]))  # "زار ... عمالاً منومين بمستشفى الملك عبدالعزيز":
            continue  # the hospital, behind بـ, is where they are, no party
        if t.type == "SANCTION" and t.mode == "convict" and k == j and j - i > 1 and _has_bi(words[j - 1]):
            if role == "source" and words[i][:2] in ("حك", "وح") and not words[j - 1].startswith(("بال", "وبال")):
                role = "target"  # "حكما بسجن ضابط شرطة": the sentence's noun in construct, who is sentenced
            elif _bare(words[i]).startswith(("ادان", "وادان")):
                break  # "بعد إدانته بانضمامه لتنظيم داعش": the charge, the end of the trigger, names no party
        charge = t.type == "ACCUSE" and t.mode == "allege" and actor_at.get(k) is None and _has_bi(w) \
            and (len(_bare(w)) > 3 or w in _THAT_HE or w == "بان")  # what one is accused of, behind بـ (بأن too)
        if charge and (target or words[k - 1] in _TO_THEM or (
                k == j and (not t.noun or words[j - 1].endswith(_OBJECT_SUFFIXES)))):
            break  # "اتهم ... جماعة الحوثيين باستهداف مكتب الاتصالات", "بعد اتهامه بالتجسس على تحركات قوات
            # التنظيم": what one is accused of names no party of the accusation
        if charge and not t.noun and source and not target and not pre_named and k > j \
                and not any(v in ("،", ",") for v in words[j:k]) and last is not None and last[0] is source \
                and (last[1] == k or words[last[1]] in _ALSO_OR_WHO):
            target[:], source[:], role = source, [], "target"  # "واتهم تشافيز ... أيضا بالفساد": one named between
            break  # the verb and the charge is who is accused, whether the verb is read passive or its subject dropped
        if k > j and t.type in _KILLING and _among(w, _ATTRIBUTING) and not any(a.get("entity") is not None for a in source):
            p = next((q for q in range(k + 1, min(end, k + 8)) if words[q] in ("الي", "إلى")), None)
            if p is not None and p + 1 < end:
                # "هجوما انتحاريا ... نسبته الحكومة التركية الى تنظيم داعش": to whom it is put down
                # carried it out; who puts it down is no party
                source[:] = [a for a in source if a.get("entity") is not None]
                role = "agent"
                k = p + 1
                continue
        if k > j and t.type in _KILLING and w in _ATTRIBUTED and k + 1 < end and not source \
                and (words[k + 1] in ("الي", "إلى") or (words[k + 1][:1] == "ل" and (
                    actor_at.get(k + 1) is not None or coder.nominal_actor(article, sent, words, k + 1, k + 2) is not None))):
            # "الهجوم الذي وقع في سوروتش ... ونسب لتنظيم داعش": the one it is put down to carried it out
            role = "agent"
            k += 2 if words[k + 1] in ("الي", "إلى") else 1
            continue
        cue = _agent_cue_at(words, k)
        if cue and k > j + 1 and words[k - 1] in _ANY_RELATIVE and source \
                and (x := _ending_at(actor_at, sent, k - 2)) is not None and x.get("id") in {a.get("entity") for a in source}:
            k += cue  # "على ايدي جبهة النصرة التي تبنت عملية الخطف": who claimed it is the agent named already
            continue
        if cue and ((not t.noun and t.type in ("SUPPORT", "REQUEST")) or t.type in _MEETINGS) \
                and any(v in ("،", ",") for v in words[j:k]):
            break  # "ورحّب الوزراء بعودة ... إلى عدن, داعين إلى الوقف الفوري للعنف من قبل الحوثيين"، "الترتيب لزيارة
            # اليمن، بغرض الوقوف على انتهاكات ... من جانب جماعة الحوثي": past a comma, the agent of another noun's
            # act, no side of the verb's nor of a meeting's
        if cue:
            # "على يد مسلحين", "نفذته طالبان": the next actor carried it out; in what a protest is
            # against ("للاحتجاج على مقتل ثلاثة مدنيين على يد قوات التحالف") it is protested
            role = "agent" if t.type != "PROTEST" and not (t.type == "ACCUSE" and w not in ("من", "علي")) \
                else "target"
            # (and who carried out what a condemnation names is whom it condemns: "أدانت المملكة الجريمة
            # التي نفذها مستوطنون إسرائيليون"; but "اتهامات الخيانة من قبل أصدقاء": by whom it is made)
            if role == "agent" and ((t.type in ("ACCUSE", "REJECT") and k > j and (
                    source or (not t.noun and not passive and k > j + 2)))
                    or (t.type == "SUPPORT" and not t.noun and source and k > j + 1)):
                # (and whose deed a verb of praise or welcome is on: "رحب مسؤولو البنتاغون بضبط النفس الذي
                # مارسته السعودية")
                role = "target"  # "ودانت المنامة ... التصريحات العدائية من قبل المسؤولين الإيرانيين": the
                # condemner named, who made what it condemns is condemned (so too with the condemner
                # unread: the agent of what a verb's object names, well after it, is never who condemns)
            agent_k = k + cue
            while agent_k < end and words[agent_k] in _QUOTES:
                agent_k += 1
            if role == "agent" and own_named and agent_k < end and (
                    ((x := actor_at.get(agent_k)) is not None and x["type"] in ("PER", "ORG"))
                    or (_definite(words[agent_k])
                        and coder.nominal_actor(article, sent, words, agent_k, agent_k + 1) is not None)):
                source[:] = [a for a in source if a.get("entity") is not None]  # "وتفجيرين انتحاريين
                # نفذهما التنظيم": the body named, not the bombers the attack's noun implies
            if t.type in _KILLING and not t.noun and source and not target and not pre_named:
                # "قتل الصحفي على يد مسلحين": a verb whose agent comes behind a cue is passive, and
                # who was named after it is who it was done to
                target[:0], source[:] = source, []
            k += cue
            continue
        if last is not None and (last[1] == k or (last[1] < k <= last[1] + 3 and all(
                v in _SUSPECTED_OF for v in words[last[1]:k]))) and w in _PARTITIVE:
            # "مسلحون من حركة طالبان": the body the group belongs to (in brackets too: "انتحاريان من (داعش)"; and
            # the one they are thought to be of: "نفذها انتحاريون يشتبه بأنهم من «بوكو حرام»")
            same_side = (last[0], _past_opening(words, k + 1))
            k += 1
            continue
        if last is not None and last[1] == k and w[:1] == "و" and w in _COPULAS and k + 1 < end:
            # "من قبل المهاجمين وهم "متطرفون مرتبطون بانصار الدين"", "على يد مسلحين وهم عناصر من تنظيم داعش":
            # what they are, on their side (the first named among the next words)
            at = _past_opening(words, k + 1)
            while at < min(end, k + 5) and words[at][:1].isalpha() and actor_at.get(at) is None \
                    and coder.nominal_actor(article, sent, words, at, at + 1) is None:
                at += 1
            same_side = (last[0], at)
            k += 1
            continue
        if w in _AFFILIATION and t.noun and t.type in _BENEFIT and not source and k + 1 < end \
                and (k == j or (k == j + 1 and actor_at.get(j) is None and words[j].endswith(("يه", "ي")))) \
                and (x := actor_at.get(k + 1)) is not None and x["type"] == "ORG":
            # "وصول أول سفينة مساعدات تابعة للأمم المتحدة": whose the aid is, who gives it (past its adjective:
            # "مساعدات إنسانية تابعة للأمم المتحدة")
            source.append(_actor(x))
            k = max(k + 2, bisect_left(tok_starts, x["end"]))
            continue
        if k > j and _bare(w) in _CONTROL and words[k - 1] in _UNDER and k + 1 < end:
            # "في مدينة أريحا الخاضعة لسيطرة فصائل المعارضة": who holds the place is no party to what
            # happens there
            x = actor_at.get(k + 1)
            held_by = _actor(x) if x is not None else coder.nominal_actor(article, sent, words, k + 1, k + 2)
            if held_by is not None:
                k = bisect_left(tok_starts, x["end"]) if x is not None else k + 1 + len(held_by["text"].split())
                continue
        if w in _ALLY and last is not None and last[1] == k \
                and (ally := next((b for b in range(k + 1, min(end, k + 4)) if b in actor_at), None)) is not None:
            # "ميليشيات الحوثي وحليفها المخلوع علي عبدالله صالح": its ally is on its side
            same_side = (last[0], ally)
            k += 1
            continue
        if w in _RELATIVES and k + 2 < end and words[k + 1] in _LEADS and last is not None and last[1] == k:
            same_side = (last[0], k + 2)  # "التحالف العربي الذي تقوده السعودية": who leads it, on its side
            backed = True  # (a country too)
            k += 2
            continue
        if w in (_ON, "و" + _ON) and k + 2 < end and words[k + 1] in _ITS_HEAD and last is not None and (
                last[1] == k or (last[1] == k - 1 and words[k - 1] in ("،", ","))):
            same_side = (last[0], k + 2)  # "دعم حكومة المملكة، وعلى رأسها خادم الحرمين الشريفين": its head, on its side
            k += 2
            continue
        if w in _WITH_IT and k > j and last is None and actor_at.get(k + 1) is not None:
            # "دعت رواندا لتأجيل الانتخابات ومعها كينيا وتنزانيا وأوغندا": those with the event's subject, named
            # one after another, are on its side
            k += 1
            while k < end and (x := actor_at.get(k)) is not None:
                with_it.append(_actor(x))
                k = max(k + 1, bisect_left(tok_starts, x["end"]))
            continue
        if w in _LED_BY and k > j and (last is not None and last[1] == k or source) \
                and not (t.type == "SUPPORT" and not t.noun and t.words[0] in _PRAISING):
            # (not after praise, whose بـ names what is praised: "أشاد العطية بقيادة بارزاني الحرب ضد الإرهاب")
            # "هاجموا القاعدة من جهتين، من جهة الغرب بقيادة العميد فضل حسن": who leads is on the side of the one
            # named right before, else of the attackers ("قوات التحالف بقيادة السعودية"; a country too:
            # "المقاومة الشعبية التي يدعمها التحالف العربي بقيادة السعودية")
            same_side = (last[0] if last is not None and last[1] == k else source, k + 1)
            if (last is None or last[1] != k) and any(
                    v.endswith("ا") and len(v) > 3 and not _definite(v) and not _time_phrase([v]) for v in words[j:k]):
                same_side = (target, k + 1)  # "لقاء سموه بمكتبه وفداً من تحفيظ الرياض برئاسة عبدالرحمن الهذلول":
                # who heads the object named, unnamed, in the accusative, is on its side
            backed = True
            k += 1
            continue
        if w in _AFFILIATION and k > j and k + 2 < end and words[k + 1] == "مع" \
                and (x := actor_at.get(k + 2)) is not None:
            k = max(k + 3, bisect_left(tok_starts, x["end"]))  # "قصفت طائرات حربية عربية الجماعة المتحالفة مع
            continue  # إيران": whom the one acted on is allied with is no party
        if w in _AFFILIATION:
            if last is not None and words[k - 1] in _THAT_HE and (
                    (last[1] == k - 2 and _bare(words[k - 2]).startswith(_SUSPECTED))
                    or (last[1] == k - 3 and words[k - 2] == "في" and _bare(words[k - 3]).startswith(_SUSPECTED))):
                last = (last[0], k, last[2], last[3], last[4])  # "مهاجم انتحاري يشتبه أنه ينتمي للدولة الاسلامية"
            elif last is not None and last[1] == k - 1 and _bare(words[k - 1]).startswith(_SUSPECTED) \
                    and w.startswith("بانتما"):
                last = (last[0], k, last[2], last[3], last[4])  # "انتحاري يشتبه بانتمائه لتنظيم داعش"
            if last is not None and (last[1] == k or (last[1] == k - 1 and words[k - 1] in ("،", ",")
                                                       and w in _ARM_OF)):
                # "قوة إيساف التابعة للحلف الأطلسي", "الجيش المسنود بالمقاومة", "مدعومة من إيران" (and an arm
                # set off by a comma: "جبهة النصرة، ذراع تنظيم القاعدة في سوريا")
                same_side = (last[0], _past_marks(words, k + 2 if k + 1 < n and words[k + 1] in ("من", "الي", "إلى")
                                                  else k + 1))
                backed = True  # (a country that backs it too; and the body behind إلى: "مقاتلين ينتمون إلى جماعة بوكو حرام")
            elif last is None and not source and not target and not t.noun and k > j \
                    and strip_article(_bare(words[j]))[:4] in _CRAFT_STEMS and k - j <= 3 \
                    and all(_definite(v) == _definite(words[j]) for v in words[j + 1:k + 1]) \
                    and (x := actor_at.get(k + 1)) is not None and x["type"] in ("ORG", "LOC"):
                # "قصفت الطائرات المقاتلة التابعة للتحالف العربي مواقع للحوثيين": whose craft struck (not "قصفت
                # الطائرات مواقع تابعة لتنظيم داعش": whose sites were struck, the word of belonging the object's)
                source.append(_actor(x))
                k = max(k + 2, bisect_left(tok_starts, x["end"]))
                role = "target"
                continue
            elif last is None and role == "agent" and not source and k + 1 < end \
                    and (x := actor_at.get(k + 1)) is not None and x["type"] == "ORG":
                # "تم القبض عليه من قبل الدوريات الأمنية التابعة لشرطة المحافظة": the body of the agents
                # no name gives is who did it
                source.append(_actor(x))
                k = max(k + 2, bisect_left(tok_starts, x["end"]))
                role = "target"
                continue
            elif last is None and own_named and k > j:
                # "انتحاري يشتبه بأنه ينتمي لتنظيم داعش": the body of those the trigger names
                same_side = (source, _past_marks(words, k + 2 if k + 1 < n and words[k + 1] in ("الي", "إلى")
                                                 else k + 1))
            elif t.type in _KILLING and k > j:
                role = "target"  # "بتفجير 6 سيارات تابعة لمسؤولين في كتائب القسام": whose they were
            k += 1
            continue
        if t.noun and k > j + 1 and k + 1 < end and words[k - 1] in ("،", ",") and actor_at.get(k) is None \
                and w[:1] != "و" and _past_verb_by_use(w) and not _definite(w) \
                and (actor_at.get(k + 1) is not None or coder.nominal_actor(article, sent, words, k + 1, k + 2) is not None
                     or words[k + 1] in _SOURCES_NOUNS):
            # (the subject may be "sources": "وفيما تواصلت موجة الإدانة لمواقف دشتي، استغربت مصادر نيابية")
            break  # "وبعد تداول خبر القبض على أحد المتورطين، شكر مغردون أمير مكة": past a comma, a verb with its
            # subject right after it is the main clause the event noun's phrase went before
        if k > j + 1 and w[:2] in ("وي", "وت") and len(w) > 4 and actor_at.get(k) is None and k + 1 < end \
                and words[k + 1] in ("ان", "أن") and not any(x.type == t.type for x in _starting(w)):
            break  # "من نقل مساعدات غذائية لعدن ... ويعتقد أن نحو 13 مليون نسمة": a verb of the present joined
            # by و with its "that" opens a clause of its own
        if k > j + 1 and t.type == "REQUEST" and w in ("من", "ومن") and k + 1 < end and words[k + 1] == "خلال":
            break  # "ودعا المنشآت إلى المسارعة برفع ملف الأجور، من خلال حساب المنشأة في الخدمات الإلكترونية لوزارة
            # العمل": the means of the act asked for names no party to the call
        if k > j + 1 and t.type != "ASSAULT" and w == "ضد" \
                and (_among(words[k - 1], _CAMPAIGNS) or _attack_noun(words[k - 1])):
            break  # "اعتقال خلية تابعة لحركة حماس مسؤولة عن تنفيذ عمليات ضد إسرائيليين": whom the attacks the
            # clause tells of were aimed at is no party to the arrest
        if t.type in _BENEFIT and t.noun and target and not source and k > j + 1 and w in ("الذي", "الذين") \
                and any(_for(v) for v in words[j:k]):
            break  # "إيصال المساعدات الإنسانية والإغاثية للشعب اليمني الذي يواجه آلة الحرب الحوثية": what is told of
            # those the aid goes to names no giver (the aid, a feminine plural, is taken up by التي)
        if k > j + 1 and t.type not in _KILLING and (source or target) and words[k - 1] in ("،", ",") \
                and w[:1] == "و" and w[1:] in _RELATIVES:
            break  # "اتفاقية التبادل التي تم توقيعها بين الجانبين العراقي والسعودي، والتي لا تزال تحت رحمة البرلمان
            # العراقي": past a comma, a second relative on the thing tells more of it, with no party to the act
        if t.noun and t.type == "CONSULT" and k > j + 1 and actor_at.get(k) is None and (source or target) \
                and w[:1] == "و" and w[1:].endswith("ت") and _past_verb_by_use(w[1:]) and words[k - 1][:1].isalpha():
            break  # "في ختام اجتماعها بالقاهرة ... هذه الخطة ... وقررت العودة إلى مجلس الأمن": a verb of hers opens
            # another act
        if t.noun and k > j + 1 and (source or target) and words[k - 1] in ("،", ",") and w[:1] == "و" \
                and actor_at.get(k) is None and _past_verb_by_use(w[1:]) and k + 1 < end \
                and not _among(w[1:], _ADVERBS) and _bare(w[1:]) not in _RESULTS \
                and actor_at.get(k + 1) is None and coder.nominal_actor(article, sent, words, k + 1, k + 2) is None:
            break  # "تلقى اتصالا هاتفيا من ملك البحرين، وأرسل برقية عزاء لملك الأردن": past a comma, a verb
            # behind و with no subject named after it goes on with the clause's own, another act (not the toll:
            # "هجوم شنه عناصر من حركة الشباب، وأسفر عن مقتل 67 شخصا")
        if t.noun and k > j and words[k - 1] in ("،", ",") and w[:1] == "و" and actor_at.get(k) is None \
                and len(w) > 5 and sent[k].text.endswith(("ه", "ها", "هم")) and not _agent_cue_at(words, k) \
                and not coder.kb.is_count(w[1:]) \
                and (_past_verb_by_use(verb := w[1:].removesuffix("ها").removesuffix("هم").removesuffix("ه")) or (
                    k + 1 < end and not _definite(w[1:]) and (actor_at.get(k + 1) is not None
                                                              or coder.nominal_actor(article, sent, words, k + 1, k + 2)))) \
                and _bare(verb) not in _RESULTS:
            break  # "عثر على رأس الانتحاري بالقرب من موقع الهجوم، وعاينه صحافيون في المكان": past a comma, a verb
            # behind و with its object pronoun is another act, with its own subject
        if k > j + 1 and k + 1 < end and words[k - 1] in ("،", ",") and w[:1] == "و" and actor_at.get(k) is None \
                and (_past_verb_by_use(w[1:]) or (k + 3 < end and words[k + 2] == "من" and _among(words[k + 1], _MANY_OF)
                                                  and not _definite(w[1:]) and len(w) > 3)) and (
                    actor_at.get(subj := k + 2 if words[k + 1] in _DEMONSTRATIVES
                                 else k + 3 if k + 3 < end and words[k + 2] == "من" and _among(words[k + 1], _MANY_OF)
                                 else k + 1) is not None
                    or coder.nominal_actor(article, sent, words, subj, subj + 1) is not None) \
                or (k > j + 1 and k + 2 < end and words[k - 1] in ("،", ",") and w[:1] == "و" and len(w) > 3
                    and words[k + 1] in _DEMONSTRATIVES and _definite(words[k + 2]) and not _definite(w[1:])
                    and not w.endswith(("ه", "ها", "هم")) and w[1:] not in _PREPOSITIONS):
            # (past "many of": "أطلق نظام الأسد سراح معظم الجهاديين، وبقي كثير من المتظاهرين والنشطاء في السجن")
            break  # "قبضها على 190 إرهابيا ينتمون إلى تنظيم داعش، واستطاع رجال الأمن إحباط": past a comma, a
            # verb behind و with its subject right after it opens a clause of its own, with its own actors
            # (the subject may be pointed at: "، وتعمل هذه الكتيبة الإماراتية على", and be no actor: "، ولقيت
            # هذه الجهود الأمنية ثناء وتقدير جميع المواطنين")
        if t.noun and k == j and w in _ANY_RELATIVE and k + 1 < end and (
                words[k + 1] in _DENYING or any(x.type in ("ACCUSE", "REJECT") and not x.noun
                                                for x in _starting(words[k + 1]))):
            break  # "وهو الاتهام الذي نفاه زعيم الحزب": who denies or condemns the event is no party to it
        if k > j + 1 and words[k - 1] in ("،", ",") and w[:1] == "و" and _complementizer(w[1:]):
            break  # "واتهمه بالضعف والفشل، وأنه ارتمى في أحضان الحوثيين": past a comma, "and that" says more, with
            # parties of its own
        if k > j + 1 and words[k - 1] in ("،", ",") and w in ("هي", "هو") and t.type in _BENEFIT:
            break  # "شحنة من المساعدات الإنسانية إلى عدن، هي الأولى للمنظمة الدولية": a clause on the aid, no party
        if t.noun and k > j + 1 and w in ("«", "“") and any(v in ("،", ",") for v in words[j:k]) \
                and not any(v in _CLOSE_Q for v in words[k + 1:min(n, k + 6)]) \
                and (actor_at.get(k + 1) or {}).get("type") != "ORG":
            break  # "دعا مجلس المطارنة ... بعد اجتماعه الدوري، أمس، برئاسة البطريرك «الكتل السياسية ...
            # لرئاسة الجمهورية»": a quotation past a comma is what the sentence's speaker says, no party (but a
            # name in quotes is one: "وقد تبناه «تنظيم القاعدة في بلاد المغرب الإسلامي»")
        if k > j and k + 2 < end and words[k + 1] in ("الي", "إلى") \
                and _among(w[1:] if w[:1] == "و" and len(w) > 4 else w, _REFERRALS):
            k += 2  # "وأسفر التحقيق معه عن اتهامه بما نسب إليه، وبإحالته إلى المحكمة العامة": where one is referred
            if (x := actor_at.get(k)) is not None:  # is no party to what is told before
                k = max(k + 1, bisect_left(tok_starts, x["end"]))
            elif (body := nominal_at(k)) is not None:
                k += max(1, len(body["text"].split()))
            continue
        if t.type == "CONSULT" and target and k > j and (w in _ATTEMPTS or (w == "في" and k + 1 < end
                                                                        and words[k + 1] in _ATTEMPTS)):
            break  # "التقى ... كارتر ... نتنياهو في محاولة لتهدئة قلق اسرائيل حيال الاتفاق النووي المبرم بين ايران
            # والقوى الكبرى": what the meeting was for names no party of it
        if k > j and t.type == "REJECT" and w[:1] == "ب" and _complementizer(w):
            break  # "موسكو ترفض اتهامات بأنها زودت المتمردين": what the rejected claim says names no party
        if k > j and w in _COMPLEMENTIZERS and i > 0 and words[i - 1] in _ANY_RELATIVE:
            break  # "وأضاف هاموند الذي زار إسرائيل الأسبوع الماضي أن «الاتحاد الأوروبي ...": past a relative
            # clause, "that" opens what the one it is on said
        if k >= j and w[:1] == "ف" and actor_at.get(k) is None and len(w) > (2 if k > j else 4) \
                and (_present_verb(w[1:]) or w[1:] in _THAT or _bare(w[1:]) in _CONSEQUENCE):
            break  # "وفي حال رفضت إيران الانصياع للقرار فيجب على الأمم المتحدة ...": what follows ف is
            # another clause (a condition's consequence), with its own parties (right after the event
            # too: "في حال عدم التوصل إلى اتفاق فتكون سويسرا ملجأ")
        if k > j + 1 and w[:1] == "و" and actor_at.get(k) is None and not _starting(w) and (
                _past_verb_by_use(w[1:]) or (w.endswith(("ه", "ها")) and _present_verb(w[1:].removesuffix("ها").removesuffix("ه")))) \
                and not w.endswith(("ي", "اً")) and not (w.endswith("ا") and not w.endswith("وا")) \
                and not any(x["start"] < sent[k].end and x["end"] > sent[k].start for x in sent_ents) \
                and coder.kb.group_of([w[1:]]) is None and coder.nominal_actor(article, sent, words, k, k + 1) is None \
                and k + 1 < end and (actor_at.get(k + 1) is not None
                                     or coder.nominal_actor(article, sent, words, k + 1, k + 2) is not None):
            # (no noun in construct, "ومسلحي الحوثي", nor an adverb, "وخصوصا تنظيم داعش", nor a name, "وهونغ كونغ")
            break  # "وقصفت المعارضة بلدات ... وسيطر مقاتلون من المعارضة على حاجز": a verb behind و with its
            # subject right after it opens a clause of its own (a present one with its object pronoun too:
            # "الاتفاق النووي الذي يدعمه الرئيس باراك أوباما ويراجعه الكونجرس")
        if k > j + 1 and words[k - 1] in ("،", ",") and w[:1] == "و" and len(w) >= 5 and w.endswith("ت") \
                and not w.endswith("ات") and not _definite(w[1:]) and actor_at.get(k) is None and k + 1 < end \
                and (((x := actor_at.get(k + 1)) is not None and x["type"] in ("PER", "ORG"))
                     or coder.nominal_actor(article, sent, words, k + 1, k + 2) is not None):
            break  # "احتجاجات قرب مبان حكومية، وقاطعت المعارضة التصويت": past a comma, a verb in the feminine
            # past behind و, its subject named right after it, opens a clause of its own
        if k > j + 1 and target and not t.noun and w[:1] == "و" and actor_at.get(k) is None and _present_verb(w[1:]) \
                and t.type not in _KILLING:
            break  # "يؤيد مطالب المتظاهرين ويعبر عن اعتزازه بالولاء للعراق": past its object, a verb in the present
            # behind و has objects of its own
        if k > j and words[k - 1] in ("،", ",") and w[:1] == "و" and w[1:] in _THANKING:
            break  # "على دعمه السخي ورعايته للطلبة الموهوبين، والشكر موصول لرئيس شركة": thanks of their own
        if k > j and w in _BREACH and (words[k - 1] == "في" or not _definite(w) and w.endswith(("ا", "اً"))):
            break  # "زار روسيا في خرق لقرار الأمم المتحدة": what the act breaches is no party to it
        if k > j and words[k - 1] in ("،", ",") and w[:1] == "و" and w[1:] in _NEGATION and actor_at.get(k) is None:
            break  # "أكثر تحفزا لتهديد العرب، ولا يعني أن الرياض ...": past a comma, a negation behind و
            # opens a clause of its own
        if k >= j and t.type != "ASSAULT" and _bare(w) in _WHEN_CLAUSE and k + 1 < end and words[k + 1][:1].isalpha() \
                and not _definite(words[k + 1]) and actor_at.get(k + 1) is None:
            break  # "تم اعتقاله بعدما أرشد عنه شخص ليبي": a clause of when, with its own verb and actors (an
            # attack's may tell who did it: "لقي حتفه عندما أسقطت مقاتلات أسترالية طائرته")
        if k > j + 1 and _bare(w) in _CAUSE_WORDS and t.type not in _KILLING and t.type not in _ANSWERING_TYPES \
                and actor_at.get(k) is None:
            break  # "عقوبات غربية مفروضة عليها بسبب أوكرانيا": what it is for or in the wake of is no party
            # (but a protest, a condemnation or a refusal answers whose act it names: "مذكرة احتجاج على إثر
            # التصريحات التي صدرت عن خامنئي")
        if k > j and ((w in _EXCEPT and k + 1 < end and _complementizer(words[k + 1]))
                      or (_bare(w) in _DESPITE and k + 1 < end and words[k + 1][:1].isalpha())):
            break  # "هذا الدعم الأمريكي المطلق يعود إلى عقود، إلا أن إدارة بوش": "but that", a clause of its
            # own; "غارات ... رغم النزاع بين المتمردين الحوثيين والقوات الموالية للرئيس": despite what, no party
        if k > j and w in _PRESENCE and t.type not in _MEETINGS and not t.noun:
            # "ودعا إبراهيم محمود في حفل ... بحضور البشير إلى الحفاظ على الأمن": who attends says nothing;
            # the one named after it, and those joined to him, are no party
            k += 1
            while k < end and (x := actor_at.get(k) or (actor_at.get(k + 1) if words[k] == "و" else None)) is not None:
                k = max(k + 1, bisect_left(tok_starts, x["end"]))
            continue
        if k > j and (_among(w, _CLAUSE_BREAKS) or (w in _PATRONAGE and t.type in ("COOPERATE", "SUPPORT"))):
            break  # "قيد الاحتجاز، بينما تبحث السلطات السويسرية": another clause, other actors;
            # "بالشراكة مع شركة ... برعاية الأمير": the patron is no party
        if k > j and t.type in ("SANCTION", "COERCE") and w[:1] == "ل" and actor_at.get(k) is None \
                and sent[k].text.endswith(_POSSESSIVES) and len(w) > 5:
            break  # "بإدانة متهم ... لانضمامه لتنظيم داعش وسفره إلى سورية": what he is charged with
        if source and target and last is not None and last[0] is target and last[1] == k and last[3] \
                and w in ("الذي", "التي") and k + 1 < end and words[k + 1][:1].isalpha() and not _definite(words[k + 1]) \
                and not _bare(words[k + 1]).startswith(("ضم", "راس", "ترا", "راف")):
            break  # "التقى برئيس الوزراء الروسي ديمتري ميدفيديف الذي نقل للسيسي تحيات ... بوتين": what the one
            # met did, and whom it names, is told of him; no party (but "الوفد الذي ضم": its members)
        if k > j and _among(w, _DESCRIBING) and words[k - 1] != "ما":
            break  # "في عمل وصفته اسرائيل بأنه ارهابي": who describes it is no party (but "للاحتجاج على ما
            # وصفوه بانتهاكات الرئيس الباكستاني": what is protested)
        if k > j and words[k - 1] in ("،", ",") and _bare(w) in _COMES and k + 1 < end \
                and _bare(words[k + 1]) in ("ذلك", "هذا", "هذه"):
            break  # "ما أسفر عن سقوط الضحايا، يأتي ذلك في الوقت الذي تخوض فيه المقاومة": another sentence
        if k > j + 1 and w in ("كما", "وكما") and k + 1 < end and not _reporting(words[k + 1]) \
                and actor_at.get(k + 1) is None and (t.type not in _KILLING or _bare(words[k + 1]) in ("تم", "تمت")):
            break  # "وصوله إلى عدن ... كما كان مخططا تحرير مدينة عدن من الحوثيين": another clause (and
            # after an arrest: "اعتقل المرأة ... كما تم إنهاء إغلاق البيت الأبيض")
        if k > j and t.type not in _KILLING and _bare(w) in _SINCE and k + 1 < end \
                and (sent[k + 1].text.endswith(_POSSESSIVES) or (_bare(w) == fold("منذ") and not (
                    coder.kb.is_count(words[k + 1]) or words[k + 1][:1].isdigit()
                    or any(d["start"] <= sent[k + 1].start < d["end"] for d in article.dates)))):
            break  # "في زيارة أولى للمدينة منذ تحريرها من المتمردين": who freed it is another event's
        if t.type in ("ACCUSE", "SUPPORT") and (target or k > j + 1) and _bare(w) in _RESULTS:
            break  # "أدانت المنظمة الجريمة البشعة التي أدت الى استشهاد الرضيع علي دوابشة": the toll of the deed
            # condemned names its victims, not whom the condemnation is aimed at
        if each_of and k > j and w in _ANY_RELATIVE:
            break  # "وقع الاتفاقية كل من ... منصور الميمان الذي بدوره ثمّن رعاية الأمير": the list "each of" opened
            # ends at a relative, whose clause tells of its last one
        if k > j and t.type != "ASSAULT" and w in _VICTIMS_OF:
            break  # "القبض على المتورطين في العملية الإرهابية التي راح ضحيتها 5 مواطنين": the attack's dead
        if t.type in _KILLING and (k > j or (k == j and t.noun and not _among(words[i], _CLASH_NOUNS))) \
                and _bare(w) in _RESULTS:
            # (right after the noun too: "ان الانفجار أسفر عن استشهاد ضابط"; but the toll of clashes counts
            # both sides: "المواجهات أسفرت عن إصابة 43 من الحوثيين ... و7 من عناصر المقاومة الشعبية")
            role = "target"  # "هجوم ... أسفر عن مقتل ستة جنود": the toll follows
            toll = True
            k += 1
            continue
        if t.type in _KILLING and k > j and role == "target" and (_bare(w) in _CAUSE_WORDS or w in _AT_THE_TIME) \
                and k + 2 < end and _among(words[k + 1], _DOING_NOUNS) and actor_at.get(k + 2) is None \
                and (agent := coder.nominal_actor(article, sent, words, k + 2, k + 3)) is not None:
            # "مقتل شرطي إثر إطلاق مسلحين مجهولين النار على سيارة", "إثر قيام مسلحين بإطلاق النيران": who
            # fired, in construct with the firing (or the doing) that caused the death, carried it out (and
            # "لدى إلقاء مروحيات النظام السوري براميل متفجرة": who dropped them as they were killed)
            source.append(agent)
            k += 2 + len(agent["text"].split())
            for _ in range(2):  # (and its adjectives: مسلحين مجهولين)
                if k < end and words[k].endswith("ين") and _bare(words[k]) == words[k] and actor_at.get(k) is None:
                    k += 1
            continue
        if k > j and t.type in _STANCES and w == _DOING and role != "target":
            role = "target"  # "وأدانت الوزارة قيام قوات الاحتلال باعتقال": whose doing is condemned, asked
            k += 1           # for or welcomed is the stance's object, not who takes it
            continue
        if t.type in _KILLING and t.noun and k > j and role == "source" and w[:1] == "و" and coder.kb.is_count(w) \
                and words[k - 1] in ("،", ",") and _cause_at(words, i, lo) is not None:
            role = "target"  # "عن استشهاد 15 شخصا ... جراء هذا التفجير، وثلاثة أشخاص من العاملين": more of
            # the dead the attack caused, counted after it
        if t.type in _KILLING and t.noun and k > j and role == "source" and not source and actor_at.get(k) is None \
                and i > lo and any(_bare(v) in _RESULTS for v in words[max(lo, i - 3):i]) and _harm(w):
            role = "target"  # "نتج عن التفجير الإرهابي الجبان استشهاد ١٢ من منسوبي القوات": the toll
            k += 1           # of the attack the verb of result names before it
            continue
        if t.type in _KILLING and _bare(w) in _AMONG_THEM:
            role = "target"  # "ستة أشخاص قتلوا، من بينهم شرطي": those among the dead
            k += 1
            continue
        if t.noun and k > j and _bare(w) in _RECEIVING and k + 1 < end and words[k + 1] in ("به", "بها"):
            role = "target"  # "الدعم الذي تحظى به الأجهزة الأمنية": who enjoys or receives it
            k += 2
            continue
        if t.type in _KILLING and _among(w, _AIMING):
            role = "target"  # "تنفذ ضربات في أفغانستان مستهدفة حركة طالبان"
            k += 1
            continue
        if t.type in _KILLING and k >= j and not _definite(w) and _among(w, _HOLDINGS) \
                and words[k - 1] != "من":
            role = "target"  # "قصف التحالف مواقع الحوثيين": whose positions were hit
            k += 1
            continue
        if w in _GUISE or w in _BORDERING:
            # "مسلحون يرتدون زي الشرطة": whose uniform they wear is no party; "استهدفت المنطقة القبلية
            # الباكستانية المحاذية لأفغانستان": the country it borders, a landmark
            x = next((actor_at[c] for c in range(k + 1, min(end, k + 3)) if c in actor_at), None)
            k = max(k + 1, bisect_left(tok_starts, x["end"])) if x is not None else k + 1
            if x is not None and x["type"] == "LOC":
                where_end = k  # and a place joined to it (الحدودية مع سوريا والعراق)
            if x is None and k + 1 < end and words[k] in ("في", "لدي", "مع"):
                k += 1  # ("يعمل في شركة فرنسية": behind a preposition)
            if x is None and k < end and (nom := coder.nominal_actor(article, sent, words, k, k + 1)) is not None:
                k += max(1, len(nom["text"].split()))
            continue
        if t.type not in ("ASSAULT", "PROTEST") and k > j and _bare(w) == "امام":
            # "ندد الوزير أمام لجنة الدفاع بمجلس الشيوخ بالأنشطة": before whom one speaks is no party
            k += 1
            while (x := actor_at.get(k)) is not None:  # and the body it is of (بمجلس الشيوخ)
                k = max(k + 1, bisect_left(tok_starts, x["end"]))
                if k >= end or words[k][:1] not in "بل":
                    break
            continue
        if t.type in ("ASSAULT", "PROTEST") and _bare(w) in _NEAR:
            # "فجر نفسه قرب دورية عسكرية ألمانية": what it was set off beside; "تظاهر المئات
            # أمام السفارة الأمريكية": where a protest is held is what it is against
            role = "target"
            k += 1
            continue
        if role == "source" and not source and not t.noun and k >= j and t.type in _BI_OBJECT_TYPES \
                and _has_bi(w) and not w.endswith(_OBJECT_SUFFIXES) \
                and ((coder.kb.cue_kind(words[k - 1]) != "title" and coder.kb.role_of([words[k - 1]]) is None)
                     or not (actor_at.get(k) is not None or coder.kb.org_head(_bare(w)))) \
                and not _title_bi(coder.kb, words, j, k, end, actor_at) \
                and not ((x := actor_at.get(k)) is not None and x["start"] == tok_starts[k]):
            # (not a name that begins with ب: "دعا الأمين العام للأمم المتحدة بان كي مون السلطات البوروندية")
            # "أشادت شخصيات اجتماعية بالإنجاز الاستباقي للأجهزة الأمنية", "ورحب سموه بالفريق المحرج":
            # past its object's بـ no subject follows (but "أشاد بدوره الوزير": an aside; "طالب العميد
            # بالجيش العراقي السابق، أحمد البيلاوي": a title's own بـ, before a body; not "أشاد الأمير
            # بجهود رجال الأمن", the title of the subject). A subject named there but no
            # actor (شخصيات، الفنان) is no one before either; a pronoun's (سموه) or none is the one before
            role = "target"
            unnamed_subject = k > j and _unresolved_subject(words[j])
        if t.type not in _KILLING and _TARGET_PREPS.get(_bare(w)) == "among" and k + 1 < end:
            # "رفضت مواصلة القتال في صفوف الميليشيات": whose ranks one is in, outside an attack, is
            # no party
            k += 1
            if (x := actor_at.get(k)) is not None:
                k = max(k + 1, bisect_left(tok_starts, x["end"]))
            continue
        if k > j and w == "الي" and k + 1 < end and words[k + 1] == "ذلك":
            break  # "..., إلى ذلك تبنت المقاومة الشعبية": "meanwhile", another report
        if k > j and t.mode == "visit" and w in _ACCOMPANYING and (source or (t.noun and not target)):
            # (and with the visitor named by no actor: "خلال زيارة رئيس المركز إلى منزل الشهيدين يرافقه مدير شرطة")
            # "قام وزير الإسكان ... بزيارة لمقر مصلحة الجمارك، يرافقه المستشار علي العطية": those
            # who go along are visitors too, none visited
            role, k = "source", k + 1
            same_side = (source, k)
            continue
        if k > j and _bare(w) == "بين" and _among(words[k - 1], _LINKING):
            # "على الطريق الرابط بين العاصمة صنعاء ومحافظة المحويت": the places it links, no sides
            stop = min(end, k + 8)
            k = next((x for x in range(k + 1, stop) if not words[x][:1].isalpha()), stop)
            continue
        if t.type in _KILLING and (role == "target" or (source and not t.noun)) and k > j and _definite(w) \
                and actor_at.get(k) is None and coder.kb.org_head(w) and _head_alone(coder.kb, words, k) \
                and (x := _head_named_before(article, w, sent[k].start)) is not None \
                and not any(a.get("entity") == x["id"] for a in source + target):
            target.append(_actor(x))  # "وتبادلت جماعة الحوثي ... إطلاق نيران المدفعية مع قوات التحالف ... فيما
            k += 1  # قصفت طائرات حربية عربية الجماعة": a body named by its head alone is the last one of that
            continue  # head named before it
        if k > j and w in _WHICH_IS and k + 1 < end and words[k + 1] in ("ما", "الذي"):
            break  # "عمد الرجل إلى الانسحاب من الجبهة ...، وهو ما دفع جيش العدو إلى التحرك": what came of it
        if _TARGET_PREPS.get(w) == "to-all":
            if k + 1 < end and words[k + 1] in ("من", "ما"):
                break  # "تهديدا ووعيدا لكل من يفكر في محاربة داعش": whoever, in a clause of its own
            if k + 1 < end and actor_at.get(k + 1) is None \
                    and coder.nominal_actor(article, sent, words, k + 1, k + 2) is None:
                k += 1  # "مدت يد العون والمساعدة لجميع الأشقاء باليمن الشقيق ...، وهذه توجيهات خادم
                continue  # الحرمين": "to all" names no party past those right after it
        if _among(w, _TARGET_PREPS) and (actor_at.get(k) or {}).get("type") != "PER":
            # (not the name علي, which folds as على)
            # "اشتباكات بين الجيش والمسلحين": both sides act; but a toll "among" them
            # (أوقع ألف قتيل بين المتمردين) was suffered
            between = _TARGET_PREPS.get(w, _TARGET_PREPS.get(_bare(w))) == "between"
            if between and t.type in _KILLING and k > j and any(
                    _bare(v) in _PEACE or _among(v, _ACCORD_NAMES) or strip_article(_bare(v)) in _RELATIONS
                    for v in words[max(j, k - 6):k]):
                break  # "انفجار قتل فيه 32 ناشطا الى انهيار هدنة كانت سارية بين سلطات انقرة وحزب العمال
                # الكردستاني": the sides of a truce or an accord, no party to the attack (nor of relations: "في
                # العلاقات التي كانت متوترة إلى حد ما بين حلفاء كابل وحكومة الرئيس السابق حميد كرزاي")
            if between and t.type in _KILLING and k > j + 3 and (y := actor_at.get(k + 1)) is not None \
                    and y["type"] == "LOC":
                break  # "على طريقين رئيسيين يستخدمهما داعش بين سوريا والعراق": places "between", far from the
                # attack, say where a thing runs, no sides of it
            if between and t.noun and k == j and (words[i] in _DEAD or _bare(words[i]) in _DEAD):
                between = False  # "سقوط قتلى بين المتمردين": the dead among them, no sides
            if between and t.type in ("SUPPORT", "ACCUSE", "REJECT", "REQUEST") and k > j \
                    and any(v in _ANY_RELATIVE for v in words[j:k]):
                break  # "ترحب بالاتفاق النووي الذي تم بين دول 5+1 وإيران": the sides of what is welcomed, in a
                # clause on it, take no stance
            role = "source" if between and not toll else "target"
            goal_first = goal_first or (t.destination and not t.noun and not source and k == j and (
                i == 0 or not words[i - 1][:1].isalpha() or words[i - 1] in _VERB_FIRST))
            sides = sides or (between and not toll)
            if not t.noun and source and not between and role == "target" and k > j + 16 and _bare(w) == "مع":
                # "اجتمع صاحب السمو الملكي الأمير محمد بن سلمان ... وزير الدفاع في جدة مساء أمس مع رئيس حزب
                # القوات اللبنانية سمير جعجع": a subject's titles take the words a party is looked for in;
                # whom one is with is read for as long past them
                end = max(end, min(n, stop, k + 9, _clause(words, k, k)[1]))
            k += 1
            continue
        x = actor_at.get(k)
        if t.type not in _KILLING and k >= 2 and strip_article(_bare(words[k - 1])) in _SEATS \
                and (words[k - 2] in _LOCATIVE or words[k - 2] == "الي"):
            # "التقى بحاح، امس في مقر الحكومة اليمنية المؤقت بالرياض، وزير الدولة": where they met
            # (an attack there is on the body: "استهدف مسجدا في مقر قوات الطوارئ")
            nominal = coder.nominal_actor(article, sent, words, k, k + 1) if x is None else None
            if x is not None or nominal is not None:
                k = max(k + 1, bisect_left(tok_starts, x["end"])) if x is not None \
                    else k + max(1, len(nominal["text"].split()))
                continue
        if x is not None and t.mode in _ONLY_PEOPLE and k > j and x["type"] != "PER" and (
                _bare(words[k - 1]) in _NEAR or _bare(words[k - 1]) in _BESIDE
                or (k > j + 1 and words[k - 1] == "من" and _bare(words[k - 2]) in _NEAR)):
            k = max(k + 1, bisect_left(tok_starts, x["end"]))  # "القبض على الراقصة صافيناز بمسكنها بجوار مجلس
            continue  # الدولة": what the place is near, no one arrested or set free
        if x is not None and (x["type"] == "ORG" or _is_country(x)) and k > j + 1 \
                and (at_post := k - 2 if words[k - 1] in ('"', "«", "“") else k - 1) > j \
                and (words[at_post] in _POSTED_AT or words[at_post] == "في") \
                and any(strip_article(_bare(v[1:] if v[:1] in "وبل" and len(v) > 4 else v)) in _ENVOYS
                        for v in words[max(j, at_post - (5 if words[at_post] in _POSTED_AT else 2)):at_post]):
            k = max(k + 1, bisect_left(tok_starts, x["end"]))  # "والمندوب الدائم لروسيا الاتحادية لدى منظمة التعاون
            continue  # الإسلامي", "سفير هولندا في "إسرائيل"": the body or state an envoy is posted to, no party
        if x is not None and x["type"] == "LOC" and (
                _locative(words, k) or (k == where_end and w[:1] == "و")
                or (k > 0 and (_among(words[k - 1], _FEATURES) or words[k - 1] in _POSTED_AT))
                or (k > 1 and words[k - 1] in _PLACE_ASIDE and k - 1 in place_ends)  # ("في مينسك عاصمة روسيا البيضاء")
                or (k > 1 and words[k - 1] == "(" and k - 1 in place_ends)):
            # "نفذ ضربات جوية في باكستان": a country after "in" is where, not who; so is one joined
            # to it (في الصومال واليمن), or one in brackets after a place (في القاهرة (مصر))
            where_end = bisect_left(tok_starts, x["end"])
            x = None
        elif x is not None and x["type"] == "ORG" and k == venue_end and w[:1] == "و":
            venue_end = bisect_left(tok_starts, x["end"])
            x = None  # "هيئات حماية حقوق الإنسان في جامعة الدول العربية والأمم المتحدة": a body joined to the
            # one that says where is where too
        elif x is not None and (_is_outlet(x) or (k > 0 and _among(words[k - 1], _MEDIA))
                                or _among(words[k], _PLATFORMS)):
            x = None  # (a channel named after a place: "مصور قناة القدس عبدالكريم درويش", its cameraman;
            # a social network one writes on: "على صفحته في موقع فيسبوك")
        elif x is not None and last is not None and last[1] == k and strip_article(_bare(words[k - 1])) in _RESIDENTS:
            x = None  # "أدان مشايخ وأهالي محافظة القطيف التفجير": the place the residents are of, their side
        elif x is not None and x["type"] == "LOC" and t.mode == "visit" and k > 1 and words[k - 1] == "من" \
                and words[k - 2] in _COMING:
            x = None  # "قادمين من أفغانستان": where the visitor came from
        elif x is not None and x["type"] == "LOC" and t.type in _KILLING and not t.noun and k > 1 \
                and words[k - 1] == "من" \
                and any(_bare(w) in _FIRE or strip_article(_bare(w)) == "نار" for w in words[max(i, k - 3):k - 1]):
            x = None  # "فتحوا النار من سورية على مركز حدودي": where they fired from
        elif x is not None and x["type"] == "LOC" and t.mode == "deport" and k > j and words[k - 1] == "الي":
            x = None  # "قبل ترحيله إلى الولايات المتحدة لمحاكمته": where the deported is sent, no party
        if x is not None and k > 0 and words[k - 1] in _AFFAIRS_OF:
            # "محمد صبيح الأمين العام المساعد للجامعة العربية لشؤون فلسطين": what a title is "for the
            # affairs of" is the title's, no party
            k = max(k + 1, bisect_left(tok_starts, x["end"]))
            if last is not None and last[3] and last[1] >= k - 8:
                last = (last[0], k, last[2], last[3], last[4])
            continue
        if x is not None and x["type"] in ("LOC", "ORG") and last is not None and last[3] \
                and _serves(words, last[1], k) and (x["type"] == "ORG" or not (
                    (named := actor_at.get(last[4])) and named.get("country") not in (None, x.get("country")))):
            # "أدان رياض ياسين وزير خارجية اليمن الانتهاكات", "السفير محمد الهيصمي مندوب اليمن لدى
            # جامعة الدول العربية": the state or body in the title right after a name, and where he
            # is posted, are his title's, no party (but "التقى عادل الجبير وزير خارجية فرنسا": a
            # Saudi met France's minister)
            k = max(k + 1, bisect_left(tok_starts, x["end"]))
            if k + 1 < n and (words[k] in _POSTED_AT or (words[k] == "في" and x["type"] == "ORG")) \
                    and actor_at.get(k + 1) is not None and (words[k] != "في" or actor_at[k + 1]["type"] == "LOC"):
                # (and where he is posted, or where the body is: "رئيس شركة بوينج في المملكة العربية السعودية")
                k = max(k + 2, bisect_left(tok_starts, actor_at[k + 1]["end"]))
            last = (last[0], k, last[2], last[3], last[4])
            continue
        if x is not None and (x["type"] == "ORG" or (x["type"] == "LOC" and t.destination and not t.noun)) \
                and last is not None and last[3] \
                and k > 0 and (_title_ends_at(words, k) or _titled_body(words, last[1], k)) \
                and not any(_conjoined(v) for v in words[last[1]:k]):
            # (and, after a verb of arriving, a country in the arriving one's title: "وصل إلى مدينة عدن أمس
            # خالد محفوظ بحاح نائب رئيس اليمن رئيس مجلس الوزراء")
            # "محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء": the council
            # is in the person's title, not a party to the event
            k = max(k + 1, bisect_left(tok_starts, x["end"]))
            if last[1] >= k - 4:
                last = (last[0], k, last[2], last[3], last[4])  # the title goes on after it
            continue
        if x is not None and x["type"] in ("PER", "ORG") \
                and (titled := _titles_next(words, k, bisect_left(tok_starts, x["end"]), actor_at)):
            # "استقبل نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف": the king
            # is in the title of the prince, who received (and the rest of the title, to his name)
            k = max(k + 1, bisect_left(tok_starts, x["end"]) if x["type"] == "PER" else titled)
            continue
        if x is not None and x["type"] == "PER" and last is not None and last[3] and k == last[1] + 1 \
                and not _definite(words[k - 1]) and words[k - 1][:1] != "و" and _title_head(words[k - 1]) \
                and coder.kb.title_alias(" ".join(words[k:bisect_left(tok_starts, x["end"])]), ""):
            # "بدعم من الأمير خالد الفيصل مستشار خادم الحرمين الشريفين": a listed person's title in the
            # title right after a name is the title's, no party
            k = max(k + 1, bisect_left(tok_starts, x["end"]))
            last = (last[0], k, last[2], last[3], last[4])
            continue
        if x is not None and t.type == "CONSULT" and x["type"] in ("PER", "ORG") and k > j \
                and any(words[p] in _DIRECTIVE for p in range(max(j, k - 6), k)) \
                and not any(q in actor_at for q in range(max(j, k - 6), k)):
            # "وصل إلى منطقة عسير تنفيذا لتوجيهات صاحب السمو الملكي الأمير محمد بن نايف": who directed
            # the visit is no party to it
            k = max(k + 1, bisect_left(tok_starts, x["end"]))
            continue
        if x is not None and t.type == "CONSULT" and x["type"] == "ORG" and k > j \
                and _held_at(words, k, x["start"] > tok_starts[k]):
            # "استقبل الجبير، أمس بمقر سفارة خادم الحرمين الشريفين في روما، المستشار": where he received
            k = max(k + 1, bisect_left(tok_starts, x["end"]))
            if t.noun and k < n and words[k] not in ("مع", "ومع", "بين"):
                break  # "في اجتماعين متتاليين بمقر الجامعة العربية على تشكيل القوة": a meeting's parties follow
                # where it is held only behind مع or بين
            continue
        if x is not None and goal_first and not source and x["type"] == "PER":
            role = "source"  # the visitor named after where he arrived
        if x is not None:
            dest = source if role in ("source", "agent") else target
            if dest is source and role == "source" and not source and _no_subject_after(coder.kb, t, words, k, j):
                dest = target  # "نددت باعتقال الصحفيين": the genitive of a noun behind a preposition, no subject
            if dest is source and t.type in _KILLING and not source and _during_anothers_act(words, k, j):
                at, k = k, max(k + 1, bisect_left(tok_starts, x["end"]))
                continue  # "تعرض مطار عدن لقصف صاروخي خلال تسليم الطائرة السعودية المساعدات": whose act it came
                # during did not carry it out
            if t.type in _KILLING and k > j and words[k - 1] in _ORIGIN and not source:
                dest = source  # "لقصف عنيف بقذائف الدبابات مصدره قوات الأسد": who fired, named as its source
            if dest is target and t.type in _KILLING and x["type"] in ("PER", "ORG") and k > j and _for(w) \
                    and not source and _projectile_before(words, k, j):
                dest = source  # "جراء سقوط قذائف مدفعية عشوائية للحوثيين": whose shells they were fired them
            if t.type in _KILLING and t.noun and k > j and dest is source and x["type"] == "ORG" \
                    and (words[k - 1] == "في" or (words[k][:1] == "ب" and x["start"] > tok_starts[k])):
                dest = target  # "نفذت مجزرة أشد دموية في جامعة غاريسا": the body where an attack was made is
                # struck, its author is none
            if t.type in _KILLING and k > j and strip_article(words[k - 1]) in _PREMISES:
                dest = target  # "هز انفجار قوي مبنى نقابة المهندسين": whose building was struck
            if t.type == "ASSAULT" and k > j and _for(w) and words[k - 1] in _STRUCK_THINGS:
                dest = target  # "أصابت الضربات الجوية أهدافا لحزب العمال الكردستاني": whose targets were hit
            if t.type == "COERCE" and t.noun and k > j and _TARGET_PREPS.get(words[k - 1]) == "at" and not source:
                dest = source  # "قيد الاعتقال لدى القوات الأميركية": who holds one is who arrested him
            if dest is source and t.noun and t.type in _KILLING and _for(w) and k > j + 1 and role != "agent" \
                    and any(coder.kb.is_count(v) for v in words[j:k - 1]):
                dest = target  # "اعطبت غارة أخرى 4 أطقم عسكرية للحوثيين": whose the things counted after the
                # strike are, its target (a strike's author behind ل follows it: "غارات للجيش التركي")
            # joined to the actor before: "وحماس", "أكار، ونظيره القطري خالد العطية" (but "التقى
            # الجبير نظيره المصري سامح شكري": the counterpart met; و begins the name "وليد المعلم")
            # (one host or one visitor: only a و right before, or a counterpart behind و, joins another
            # to him; not a comma, nor the و inside the guest's title: وزير الشؤون الإسلامية والأوقاف)
            joined = (w[:1] == "و" and x["start"] > tok_starts[k]) or words[k - 1] == "و" \
                or (words[k - 1] == "،" and not receives and _listed(actor_at, sent, last, k, t)) \
                or (last is None and country_end >= 0 and k <= country_end + 4 and any(
                    _conjoined(v) for v in words[country_end:k])) \
                or (last is not None and any(
                    (_conjoined(v) and not receives and not _noun_object_after(words, last[1], p, named_at)
                     and "،" not in words[p:k] and not any(u in _RELATIVES for u in words[p:k]))
                    or (_is_counterpart(v) and v[:1] == "و")
                    for p, v in enumerate(words[last[1]:k], last[1])))
            # (not a و before a comma that sets off the next one named: "دعا باحث سعودي متخصص في التراث
            # والفنون الشعبية، وزير التعليم الدكتور عزام الدخيل"; nor one before a relative clause, whose
            # subject the name is: "أشاد السفير بالتفوق العلمي والبحثي الذي حققه المبتعث زواوي")
            # a title behind و right after a name, before the next, joins the two: "زار علي بن ناصر
            # الغفيص ورئيس مكتب التدريب التقني سعيد آل جبار" (both visited), "استقبل الملك سلمان الرئيس
            # الفرنسي فرانسوا هولاند ووزير الخارجية لوران فابيوس" (both received)
            titled_join = last is not None and x["type"] == "PER" and last[3] and last[1] < k - 1 \
                and words[last[1]][:1] == "و" and len(words[last[1]]) > 3 \
                and coder.kb.role_of([words[last[1]]]) is None and _title_head(words[last[1]])
            # (the و a conjunction: not وزير, "minister", after the name: "يبحث الكسندر نوفاك وزير الطاقة
            # الروسي مع عبدالله البدري")
            joined = joined or titled_join
            if joined and words[k - 1] == "،" and not t.noun and t.type in _ADDRESSED and last is not None \
                    and last[3] and x["type"] == "ORG" and last[1] < k - 1 and _title_head(words[last[1]]):
                # "طالب عبدالقادر الجبرتي نائب رئيس اللجنة الوطنية للحج والعمرة، وزارة الحج": the title
                # after the name of the one who calls runs to the comma (its و is the title's), the body
                # after it is called on
                joined = False
            if role == "source" and joined and last is not None and last[0] is target and (
                    (k <= last[1] + 1 and (w[:1] == "و" or (k - 1 == last[1] and words[k - 1][:1] == "و"
                                                           and coder.kb.nationality.get(strip_article(words[k - 1][1:])))))
                    or (x["type"] == "PER" and words[last[1]][:1] == "و" and k - last[1] <= 4 and all(
                        _definite(v) or coder.kb.nationality_of(v) for v in words[last[1]:k]))
                    or (x["type"] == "ORG" and words[last[1]][:1] == "و" and _title_head(words[last[1]])
                        and k - last[1] <= 3 and all(_definite(v) for v in words[last[1]:k]))) \
                    and not any(_bare(v) in ("بين", "وبين") for v in words[lo:k]):
                dest = target  # "وطالب مكاوي الأمم المتحدة والصليب الأحمر": joined to the one called on (and
                # "نظيريه الأميركي جون كيري والروسي سيرغي لافروف": the other counterpart, behind his adjective;
                # and the body in the title of one joined to him: "توعد داعش مجلس النواب والقائد العام للجيش الليبي")
            elif role == "source" and source and not joined and x["type"] == "PER" and words[k - 1] in ("،", ",") \
                    and not t.noun and last is not None and last[0] is source and last[2] and last[4] == j + 1 \
                    and (_title_head(words[j]) or (not _definite(words[j]) and actor_at.get(j) is None)) \
                    and all(_definite(v) or v in _PREPOSITIONS or _for(v) for v in words[last[1]:k - 1]) \
                    and (after := bisect_left(tok_starts, x["end"])) < n and words[after] in ("،", ",", "."):
                pass  # "دعا منسق الأمم المتحدة لعملية السلام في الشرق الأوسط، نيكولاي ملادينوف، مجددًا": the
                # title's holder, set off after it, is who acts
            elif role == "source" and len(source) == 1 and source[0].get("entity") is None and not joined \
                    and x["type"] == "PER" and not t.noun and last is not None and last[0] is source \
                    and not last[2] and not last[3] and last[1] < k <= last[1] + 3 and words[last[1]] in ("،", ",") \
                    and coder.kb.role_of([words[j]]) is not None \
                    and all(actor_at.get(v) is None and words[v] not in _PREPOSITIONS and words[v][:1].isalpha()
                            for v in range(last[1] + 1, k)) \
                    and (after := bisect_left(tok_starts, x["end"])) < n and words[after] in ("،", ",", ".") \
                    and x.get("country") in (None, source[0].get("country")):
                source.pop()  # "أشاد وزير الأوقاف الأردني، الدكتور هايل داود، بالتوسعة": the holder of the
                # title the verb's subject names, set off after it, is that subject
            elif role == "source" and source and not joined \
                    and (t.type not in _MEETINGS or not t.noun):
                # "التقى الأمير محمد بن سلمان ... الرئيس رمضان قاديروف": the one met; but
                # "وصل وزيرا الدفاع التركي خلوصي أكار، ونظيره القطري خالد العطية": both came; and
                # after a comma, who is received or visited ("استقبل خادم الحرمين الشريفين في قصر
                # السلام في جدة البارحة، سمير جعجع", "زار السفير ... كينج، الشركة السعودية للكهرباء")
                dest = target
            elif role == "source" and not source and (k == j or (
                    k == j + 1 and actor_at.get(j) is None and _definite(words[j])
                    and (coder.kb.role_of([words[j]]) is not None or words[j].endswith("ي")))) \
                    and t.type in _KILLING and not t.noun and masdar and x["type"] in ("PER", "ORG") \
                    and not _patient_behind_li(words, bisect_left(tok_starts, x["end"]), end):
                # "أقدم على قتل عطية الزهراني": the noun's genitive is killed (but "قصف قوات النظام لمدن
                # درعا": its author, before who is hit behind ل)
                dest, role = target, "target"
            elif role == "source" and not source and masdar and k == j and t.type == "ACCUSE" \
                    and _charge_follows(words, bisect_left(tok_starts, x["end"]), end):
                dest, role = target, "target"  # "اتهام روسيا بالتدخل": who is accused of what follows بـ
            elif role == "source" and source and t.type == "ACCUSE" and not t.noun and k > j and words[k - 1] in ("،", ",") \
                    and _charge_follows(words, bisect_left(tok_starts, x["end"]), end):
                dest, role = target, "target"  # "اتهمت الحكومة اليمنية وقوات التحالف، الحوثيين بخرقها": who
                # is set off after the accusers, with what he is accused of behind بـ
            elif role == "source" and not source and t.type == "ACCUSE" and t.noun and k > j and (
                    _for(w) or any(_for(v) and coder.kb.role_of([_bare(v)]) for v in words[max(j, k - 3):k])):
                dest, role = target, "target"  # "اتهام المحكمة الجنائية الدولية للرئيس الكيني اوهورو كينياتا": who
                # is accused stands behind ل, with his title
            elif role == "source" and t.type == "SUPPORT" and not t.noun and k == j + 1 \
                    and strip_article(_bare(words[j])) in ("حق", "حقوق"):
                dest, role = target, "target"  # "وتؤيد حق تركيا في الدفاع عن نفسها": whose right is backed
            elif role == "source" and not source and _conduct_before(t, words, j, k):
                dest, role = target, "target"  # "لادانة سياسة رجب طيب اردوغان": whose policy is condemned
                # (past an unnamed subject: "رفض الجانبين القاطع لمحاولات تدخل إيران")
            elif role == "source" and not source and t.type in _KILLING and not t.noun and k == j + 2 and not t.follows \
                    and words[j + 1] == "من" and words[j][:1].isalpha() and not _definite(words[j]) \
                    and actor_at.get(j) is None and coder.nominal_actor(article, sent, words, j, j + 1) is None:
                dest, role = target, "target"  # "وقتلت عضوين من حزب الله": some of a side, after the verb, are
                # its object (not before the object of opening or launching: "فتح عناصر من حزب العمال النار")
            elif role == "source" and not source and not t.noun and k == j and _is_country(x) \
                    and words[i][:1] == "و" and _bare(words[i]) != words[i] and not _among(w, _MASCULINE_COUNTRIES) \
                    and not _feminine_verb(words[i], t) and words[i][1:2] != "ت" \
                    and not words[i].endswith(("وا", "ون", "ان")):
                dest, role = target, "target"  # "وصف الاتحاد الاوروبي سياسة إسرائيل ... ودعا اسرائيل لوقف": a
                # country right after a verb of a man joined by و is its object; the subject is dropped
            elif role == "source" and not source and not t.noun and t.type in _MEETINGS and j <= k <= j + 3 \
                    and words[j][:1] == "ب" and x["type"] in ("PER", "ORG") \
                    and (((words[j][1:3] == "ال" or k == j) and _has_bi(words[j]))
                         or (words[j].endswith(("ه", "ها", "هم")) and len(words[j]) > 5)):
                dest, role = target, "target"  # "والتقى بالرئيس الروسي فلاديمير بوتين", "والتقى بأمينها العام
                # عبدالرحمن الوابل": who is met behind بـ, the subject dropped
            elif role == "source" and not source and not t.noun and x["type"] == "ORG" \
                    and _verbs_object_in_ina(words, k, j, "يين", named_at):
                dest, role = target, "target"  # "لن تدعم الحوثيين": a plural in ين is no verb's subject
            elif role == "source" and not source and t.type in ("ACCUSE", "REJECT") and k > j \
                    and (t.noun or masdar or k - j <= 5) \
                    and any(_for(words[p]) and actor_at.get(p) is None and k - p <= 5
                            and all(v[:1].isalpha() and v not in ("كما", "مثل") for v in words[p + 1:k])
                            for p in range(j, min(j + 2, k))):
                dest, role = target, "target"  # "موجة الإدانة لمواقف النائب عبدالحميد دشتي": whose deed the
                # stance behind ل is on is its target
            if (t.type in _BENEFIT and ((_for(w) and not _li_in_name(x)) or (w[:1] == "و" and k == benefit_end) or (
                    k > j and _for(words[k - 1]) and not _definite(words[k - 1]) and words[k - 1][1:].isalpha()
                    and actor_at.get(k - 1) is None and (x["type"] in ("LOC", "ORG") or (
                        x["type"] == "PER" and strip_article(words[k - 1][1:]) in _REGIME)))
                    or (k > j and x["type"] == "PER" and actor_at.get(k - 1) is None and _title_behind_li(words[k - 1])))) \
                    or (t.type == "THREATEN" and t.noun and _for(w) and role == "source"):
                # (or a man titled behind ل: "هتافات التأييد للرئيس الأسد")
                # (a man behind "the regime of": "دعم العمليات العسكرية لنظام بشار الأسد")
                # (and who a threat is to, behind ل: "تهديدات إيران للمنطقة")
                dest = target  # "دعم السعودية لليمن": who is helped is the target, and who is joined to it
                # (or in construct with a noun behind ل: "الدعم والتدريب لقدرات مصر العسكرية")
                benefit_end = bisect_left(tok_starts, x["end"])
            elif role == "source" and not source and _threatened_genitive(t, words, j, k, bisect_left(tok_starts, x["end"])):
                dest = target  # "تهديد الرئيس هادي بالقتل": who is threatened with something
            elif role == "source" and not source and k - j <= 3 and _patient_genitive(t, words, i) \
                    and not any(v in _TARGET_PREPS or v in _LOCATIVE or v == "من" or not v[:1].isalpha()
                                or (_for(v) and not _li_named_at(actor_at, q))
                                for q, v in enumerate(words[j:k], j)) \
                    and not any((_for(words[p]) and not _li_named_at(actor_at, p)
                                 and (actor_at.get(p) is not None or not words[p].startswith(("لا", "ولا"))
                                                     or coder.nominal_actor(article, sent, words, p, p + 1) is not None))
                                or (p == after and (words[p][:2] == "ال" or words[p][:3] == "وال") and words[p] not in _RELATIVES
                                    and not (words[p][:1] == "و" and (y := actor_at.get(p)) is not None
                                             and x["type"] == y["type"] == "LOC"))
                                for after in (bisect_left(tok_starts, x["end"]),) for p in range(after, min(n, after + 2))):
                # (a verbal noun behind ل, hamza first, is the aim: "دعم أنقرة دولياً لإنشاء منطقة آمنة"; but a means
                # behind بـ is no adjective of the noun: "جهودنا لدعم اليمن بالامكانات المتاحة")
                dest = target  # "في دعم تونس اقتصاديا", "دعم أصدقائها مثل النظام السوري": the genitive
                # of the act of supporting is who is supported; the supporter's comes before لـ (دعم إيران للأسد) or after بـ
                # (بدعم حكومة خادم الحرمين: with its support)
            if t.noun and t.type in _BENEFIT and role == "source" and not source and k > j and dest is source \
                    and not any(v in ("،", ",") for v in words[j:k]) \
                    and any(_for(words[p]) and actor_at.get(p) is None and not _li_named_at(actor_at, p)
                            and coder.nominal_actor(article, sent, words, p, p + 1) is None for p in range(max(j, k - 3), k)):
                dest = target  # "تقديم المساعدة لتطوير وتدريب حرس الحدود": the one past the aid's aim is
                # whom it serves, no giver in its genitive
            if x["type"] == "PER" and t.type == "COERCE" and not t.noun and not passive and role == "source" \
                    and not source and not target and k <= j + 3 \
                    and (_feminine_verb(words[i], t) or (t.mode == "arrest" and x.get("sector") not in _SECURITY)):
                dest, role, unnamed_subject = target, "target", True  # "كما اعتقلت مصور قناة القدس عبدالكريم درويش": a man after a verb of hers is
                # its object, her (the police's) name dropped; and a man of no office of the state right after
                # a verb of arresting, who arrests no one: "واعتقل أودبريشت يونيو الماضي", he was arrested
            if t.type in _MEETINGS and not t.noun and role == "source" and not source and x["type"] in ("PER", "ORG") \
                    and (b := next((p for p in range(j, k + 1) if _has_bi(words[p])), None)) is not None \
                    and (all(_time_phrase([v]) or _among(v, _ADVERBS) for v in words[j:b])
                         or (b == j + 2 and words[j] in ("في", "من") and (words[j] == "في" or words[j + 1] == "قبل"))) \
                    and not any(q in actor_at and actor_at[q]["type"] == "PER" for q in range(b, k)) \
                    and not (b + 1 < n and words[b + 1] == "الله") \
                    and not any(words[p][:1] == "و" and not _title_head(words[p]) for p in range(b + 1, k)):
                # (not "وصل بحفظ الله ورعايته خادم الحرمين الشريفين": "in God's keeping", the arrival's
                # subject after it)
                dest, role = target, "target"  # "والتقى أمس بوزير الخارجية الأمريكي جون كيري", "ليلتقي
                # هناك بأسامة بن لادن", "التقى في الرياض بالمتحدث", "التقى من قبل بممثلين للحوثيين": the one met
                # behind بـ, past a time, "there", "before" or a place, is the other party
                # (and so are those joined to him)
            if x["type"] == "PER" and t.type in _MEETINGS and not joined \
                    and any(_is_counterpart(v) for v in words[max(j, k - 3):k + 1]):
                dest = target  # "للقاء نظيره الأميركي جون كيري": the counterpart met is the other party
            elif x["type"] == "ORG" and t.type in _MEETINGS and not joined and k - 3 >= j \
                    and "في" in words[k - 2:k] and any(_is_counterpart(v) for v in words[k - 3:k]):
                dest = target  # "حيث سيلتقي نظراءه في دول مجلس التعاون الخليجي": the body the counterparts
                # met are of
            elif role == "source" and not source and not target and _come_to_meet(
                    t, words, i, j, k, lo, 6 if x.get("role") and fold(x["role"]).split()[0] == words[j] else 3):
                dest, role = target, "target"  # "وصل الوزير الأميركي إلى الدوحة للقاء وزراء مجلس التعاون": whom
                # one comes to meet is met, the comer meets them ("قدم إلى تركيا للقاء مستشار وزارة الخارجية
                # التركية فريدون سينيرلي أوغلو": past the title of the one named)
            if t.type in _KILLING and not t.noun and not masdar and not passive and role == "source" and not source \
                    and k > j and _for(w) and (_bare(words[i]).endswith(("ت", "تا", "وا")) or words[i][:1] in "يت") \
                    and len(t.words) == 1 and actor_at.get(k - 1) is None and words[k - 1][:1].isalpha() \
                    and not _time_phrase(words[k - 1:k]) and not _definite(words[k - 1]) \
                    and words[k - 1] not in _PREPOSITIONS and not _among(words[k - 1], _NO_OBJECT) \
                    and not words[k - 1].endswith(("ي", "يه")):  # (not an adjective: "قصف مدفعي للحوثيين", theirs)
                dest = target  # "والاثنتان الأخريان استهدفتا حواجز لقوات النظام": whose the things struck are
                # (behind ل after the verb's object) is hit, no subject (a verb by its ending: "قصف مكثف
                # للحوثيين" may be a noun, whose author follows)
            if x["type"] == "ORG" and t.mode == "visit" and not t.noun and not (t.destination or t.needs_actor) \
                    and (k == j or (k == j + 1 and strip_article(words[j]) in _PREMISES)) \
                    and role == "source" and not source and _among(words[i], _VISITING):
                dest = target  # "وزار مجلس الشورى وعقد لقاء"، "وزار شركة أرامكو بالظهران": a body right after the
                # verb of visiting is the one visited (its visitor named before, or dropped), and so is one whose
                # premises are: "وزار مصفاة أرامكو بالظهران"
            if x["type"] == "LOC" and t.mode == "visit" and not (t.destination or t.needs_actor) \
                    and (k <= j + 1 or (joined and k <= visited + 1) or (t.noun and _for(w))
                         or (t.noun and k > 0 and _for(words[k - 1]) and strip_article(words[k - 1][1:]) in _STATE_WORDS)):
                dest = target  # "زار السعودية", "زيارة لفرنسا", "وزار فرنسا وبريطانيا": the place visited
                # (behind ل after the visitor's name and title: "زيارة الأمير محمد بن سلمان ... للأردن", "لجمهورية
                # مصر العربية")
                visited = bisect_left(tok_starts, x["end"])
            if x["type"] == "PER" and dest is target and role == "source" and source and k > 0 \
                    and words[k - 1][:1] == "و" and words[k - 1].endswith(("ها", "ه")) and _title_head(words[k - 1]):
                dest = source  # "اتهمت السفارة الروسية في لندن وسفيرها ألكسندر ياكوفينكو": its own envoy, on its side
            if role == "agent":
                role, agents_end = "target", bisect_left(tok_starts, x["end"])
            elif dest is target and _with_agent(words, k, agents_end) and not (x["type"] == "LOC" and _for(w)):
                # "قام به المتمردون الحوثيون وقوات صالح": the agents named together (not where a visit
                # goes: "الزيارة التي قام بها الأمير محمد بن سلمان لمصر")
                dest, agents_end = source, bisect_left(tok_starts, x["end"])
            if titled_join:
                dest = last[0]
            if x["type"] == "ORG" and last is not None and last[2] and last[1] == k and _has_bi(w) \
                    and t.type not in ("SUPPORT", "ACCUSE", "REQUEST") and last[4] < n \
                    and strip_article(_bare(words[last[4]])) in _DEPARTMENTS:
                dest = last[0]  # "بعد رفض إدارة الترقيات بوزارة الخدمة المدنية": the body the department is of
            if same_side is not None and same_side[1] < k <= same_side[1] + 5 and x["type"] == "PER" \
                    and (_title_head(words[same_side[1]]) or words[same_side[1]] in _HONORIFICS) and not any(
                        _conjoined(v) or not v[:1].isalpha() for v in words[same_side[1] + 1:k]):
                same_side = (same_side[0], k)  # "وقوات موالية للرئيس السابق علي صالح": the one backed,
                # after his title
            if same_side is not None and same_side[1] == k and (x["type"] in ("ORG", "PER")
                                                                or (backed and _is_country(x))) \
                    and x.get("sector") not in _NOT_MEMBERSHIP:
                dest = same_side[0]
            elif x["type"] == "PER" and last is not None and last[2] and last[1] <= k <= last[1] + 3 \
                    and not any(_conjoined(v) for v in words[last[1]:k + 1]) \
                    and (any(_title_head(v) or strip_article(_bare(v)) in _DEPUTY_TITLES
                             for v in words[max(0, last[4] - 3):last[4]])
                         or _title_ends_at(words, last[4])
                         or (last[0] is source and last[1] == k and last[4] > j
                             and (named := actor_at.get(last[4])) is not None
                             and _oblique(words, last[4], named, tok_starts))):
                # "رئيس المجلس الرئاسي لحكومة الوفاق غير الشرعية فائز السراج": the body in a
                # person's title and the person are one side (and a body behind a preposition right
                # before a name, no subject itself: "أشادت المشرفة في إدارة الموهوبين بوزارة التعليم
                # العنود الجديعي")
                dest = last[0]
            if t.type in _KILLING and target and (
                    (not source and _fought_with(words, k))
                    or (source and last is not None and last[0] is source and last[1] == k and w[:1] == "و")):
                # "بمقتل ثمانية حوثيين في مواجهات مع المقاومة الشعبية": who they fought (and who
                # is joined to them: "مع مسلحين حوثيين وقوات صالح")
                dest = source
            if x["type"] in ("PER", "ORG") and t.type in _STANCES and not t.noun and _on_behalf(words, j, k):
                if not source:
                    at, k = k, max(k + 1, bisect_left(tok_starts, x["end"]))
                    continue  # "وأدان معاليه باسمه وباسم جميع منسوبي وأعضاء المجلس الأعلى للقضاء ووزارة العدل": in
                    # whose name one speaks is on his side, none acted on (the speaker named before)
                dest = source
            if x["type"] in ("PER", "ORG") and t.type in ("AID", "SUPPORT", "COOPERATE") and k > j \
                    and (p := next((p for p in range(k - 1, max(j, k - 8) - 1, -1)
                                    if words[p][:1] == "ب" and _bare(words[p]) in _SUPERVISING), None)) is not None \
                    and all(v[:1].isalpha() and actor_at.get(q) is None for q, v in enumerate(words[p + 1:k], p + 1)):
                dest = source  # "لإيصال المساعدات الآن بإشراف مباشر من معالي المستشار ... الربيعة": who oversees the aid
                # gives it, no one it goes to
            if t.mode == "visit" and any(words[p] == "من" and _bare(words[p - 1]) in _INVITING
                                         for p in range(max(j + 1, k - 3), k)):
                dest = target  # "بعد زيارة رسمية لها، تلبية لدعوة من جلالة الملك عبد الله الثاني": who invited hosts
            if not t.noun and not source and k > j + 1 and words[k - 2] == "كل" and words[k - 1] == "من" \
                    and t.type not in _KILLING and t.type != "COERCE":
                # "تطالب بالسيادة على مناطق من بحر الصين كل من بروناي وماليزيا": "each of" after the
                # verb's complement names its subject (not those killed or held: قتل كل من ...)
                dest, role = source, "source"
            if each_of and side_before is source and x["type"] in ("PER", "ORG") and not _prepositional(w) \
                    and words[k - 1] not in _PREPOSITIONS and not any(v in _ANY_RELATIVE for v in words[j:k]):
                dest = source  # "وصل الى مدينة عدن كل من وزير النقل ...، ووزير الداخلية ...": each of them arrived
            elif not each_of and t.type not in _KILLING and t.type != "COERCE" and x["type"] in ("PER", "ORG") \
                    and any(words[p] == "كل" and words[p + 1] == "من" for p in range(max(j, k - 8), k - 1)):
                each_of = True  # (the first of the list, past his titles)
            if k > j and words[k - 1] in _OR and side_before is not None and x["type"] != "LOC":
                dest = side_before  # (an alternative named, on the side of the one before)
            if x["type"] != "LOC" and any(words[p] == "في" and words[p - 1] in _REPRESENTED_BY
                                          for p in range(max(j + 1, k - 4), k)):
                # "ودعم الشرعية الدستورية، ممثلة في الرئيس عبدربه منصور هادي": who represents the one before
                dest = side_before if side_before is not None else target if _patient_genitive(t, words, i) else dest
            if k > j and t.type not in _KILLING and _aboard(words, k):
                at, k = k, max(k + 1, bisect_left(tok_starts, x["end"]))
                continue  # "على متن حاملة الطائرات شارل ديغول": the ship it is held on, no party
            if k > j and _model_named(words, k):
                at, k = k, max(k + 1, bisect_left(tok_starts, x["end"]))
                continue  # "150 طائرة مقاتلة من نوع جنكدو جي – 10 لصالح إيران": a plane's model, no party
            if k > j and x["type"] != "LOC" and _agent_of_noun(sent, words, k, bisect_left(tok_starts, x["end"])):
                at, k = k, max(k + 1, bisect_left(tok_starts, x["end"]))
                continue  # "وإخفاء الميليشيات لجثته": who did another act the clause names, no party to this one
            if k > j and x["type"] != "LOC" and _appointer(words, j, k):
                at, k = k, max(k + 1, bisect_left(tok_starts, x["end"]))
                continue  # "قائد القاعدة المعين من قبل الحوثيين": who appointed or backs one named, no party
            if k > j and x["type"] != "LOC" and _in_charge(words, j, k):
                at, k = k, max(k + 1, bisect_left(tok_starts, x["end"]))
                continue  # "باعتقال الصحافي مصطفى امين بتهمة التعامل مع وكالة الاستخبارات المركزية": one the
                # charge names is no party
            if passed_over(dest, k):
                side_before = None  # (and none joined to it is helped: "بين الجيش السوري وداعش")
                at, k = k, max(k + 1, bisect_left(tok_starts, x["end"]))
                continue  # (the support's phrase goes on: "لليمن في حربه على جماعة الحوثي")
            dest.append(_actor(x))
            if x["type"] != "LOC":
                side_before = dest
            at, k = k, max(k + 1, bisect_left(tok_starts, x["end"]))
            if x["type"] != "LOC":
                last = (dest, k, x["type"] == "ORG", x["type"] == "PER", at)
            elif not (last is not None and last[2] and last[1] == at and words[at][:1] == "ب"):
                last = None  # (but the place of a body in a title goes on with it: "مدير إدارة التعليم
                # بمحافظة الليث مرعي البركاتي")
            else:
                last = (last[0], k, True, False, last[4])
            country_end = k if last is None and _is_country(x) else -1
            # ("أدانت ... ومصر وباكستان، والأمانة العامة لمجلس التعاون الخليجي، الجريمة": a body joined
            # to the countries before it is one more of them)
            if last is not None and k - 1 > at and words[k - 1] in _AFFILIATION:
                same_side = (dest, k + 1 if k < n and words[k] == "من" else k)  # (its name closed by it)
                backed = True
            continue
        b = _bare(w)
        pair = _dual_nationals(coder, article, sent, words, k, end)
        if pair:
            # "أن الرئيسين الأميركي والتركي بحثا": one official of each country
            (source if role == "source" else target).extend(pair)
            k += 3
            continue
        if b.startswith(_DUAL_ROLES) and (role == "target" or not source):
            pair = _last_two(article, sent[i].start, b[:4])
            if pair:
                (source if role == "source" else target).extend(_actor(p) for p in pair)
                k += 1
                continue
        nominal = coder.nominal_actor(article, sent, words, k, min(end, k + 1))
        if nominal is None and k + 1 < end and coder.kb.nationality_of(words[k]) and not _definite(words[k]) \
                and words[k + 1][:1] not in "وفب":
            # "صوماليون مسلحون": the people's nationality first (not "النظام السوري والمتمردين",
            # "المصالح الكوبية بالسفارة السويسرية": there it qualifies the noun before)
            nominal = coder.nominal_actor(article, sent, words, k + 1, min(end, k + 2))
            if nominal is not None:
                nominal["country"] = nominal["country"] or coder.kb.nationality_of(words[k])
                upto = k + len(nominal["text"].split())
                nominal["text"] = article.text[sent[k].start:sent[min(upto, n - 1)].end]
        if nominal is None and t.type == "PROTEST" and role == "source" and not source and not t.noun \
                and (g := coder.kb.group_of([words[k]])) is not None and g[0] == 1 and g[1] in _PROTESTING_SECTORS \
                and all(coder.kb.is_count(v) or v == "من" or _time_phrase([v]) or v in _APPROXIMATELY
                        or v[:1].isdigit() for v in words[j:k]):
            # "تظاهر مئات المعلمين", "اعتصم العشرات من المعلمين": the people a protest verb counts
            # are who protest, though the lexicon names them as actors only with a nationality
            nominal = {"entity": None, "text": sent[k].text, "country": None, "sector": g[1]}
        if nominal is None and t.type == "COERCE" and t.mode == "arrest" and role == "target" and not target \
                and (k == j or (source and last is not None and last[1] == k)) and not _definite(words[k]) \
                and actor_at.get(k) is None and (g := coder.kb.group_of([words[k]])) is not None \
                and g[0] == 1 and g[1] == "CVL" and not (k + 1 < n and (
                    actor_at.get(k + 1) is not None or coder.kb.group_of([words[k + 1]])
                    or coder.kb.role_of([words[k + 1]]) or (words[k + 1].endswith(("ي", "يا", "يه"))
                                                           and len(words[k + 1]) > 3 and not _definite(words[k + 1])))):
            # "ألقت الشرطة القبض على شاب في جدة": one private person arrested, though the lexicon names him
            # as an actor only with a nationality (not one of another origin: رجل آسيوي)
            nominal = {"entity": None, "text": sent[k].text, "country": None, "sector": "CVL"}
        if nominal is not None and last is not None and last[3] and _title_chain(words, last[1], k, place_at) \
                and coder.kb.role_of(words[k:k + 4]) and not coder.kb.group_of(words[k:k + 4]) \
                and (named := actor_at.get(last[4])) is not None and named.get("role") \
                and nominal.get("country") in (None, named.get("country")) and _one_word_title(article, named, sent):
            # "دعا لوران فابيوس وزير الخارجية الفرنسي", "استقبل الأمير فيصل بن خالد أمير منطقة عسير":
            # the role after a name with no title before it but an honorific is the name's, no
            # second party (but "سفير المملكة لدى الأردن سامي الصالح وزير الداخلية الأردني": the
            # ambassador received the minister; "التقى الأمير محمد بن سلمان الرئيس الفرنسي": a
            # role of another country is another person's)
            k += max(1, len(nominal["text"].split()))
            last = (last[0], k, last[2], last[3], last[4])  # and the roles chained after it
            continue
        if nominal is not None and " " not in nominal["text"] and not _definite(w) and k + 2 < end \
                and words[k + 1] in ('"', "«", "“") and (quoted_body := actor_at.get(k + 2)) is not None \
                and quoted_body["type"] == "ORG":
            k += 1  # "تحركات مقاتلي "داعش"": the fighters of the body quoted right after them are that body
            continue
        if nominal is not None and _side_pair(article, nominal, sent[i].start) == []:
            k += max(1, len(nominal["text"].split()))
            continue  # "تبادلت القوات الهندية والباكستانية إطلاق النار ... بين البلدين": no one new
        if nominal is not None and goal_first and not source:
            role = "source"  # "وصل إلى الرياض أمس وفد برلماني": who arrived, after where
        if nominal is not None:
            if t.type == "REQUEST" and ((asked_for is not None and k > asked_for and _for(w))
                                        or (not t.noun and k > j and (_for(w) or (
                                            k - 1 > j and _for(words[k - 1]) and not _definite(words[k - 1]))))):
                k += max(1, len(nominal["text"].split()))
                continue  # "طالب بتكثيف العمل لضمان تهيئة تامة للطلاب": whom the act asked for serves is no
                # party (a verb of asking names whom it asks with no ل: "دعت الوزارة المواطنين"; nor is one in
                # construct with a noun behind ل: "حتى تأتي ملبية لتوقعات المواطنين"; but "ودعت المديرية العامة
                # للجوازات اليمنيين": the body's name ends in one with the article)
            if _camp_of(words, k, j):
                k += max(1, len(nominal["text"].split()))
                continue  # "في مخيم قلنديا للاجئين الفلسطينيين": the refugees a camp is named for, no party
            if nominal.get("sector") == "JRN" and _for(w):
                k += max(1, len(nominal["text"].split()))
                continue  # "وعقب الاجتماع قال نوفاك للصحفيين": whom one speaks to is no party
            helped = (t.type == "THREATEN" and t.noun and _for(w)) or \
                t.type in _BENEFIT and (_behind_li(words, k, j) or (w[:1] == "و" and k == benefit_end)
                                             # "من أجل دعم أكراد سوريا": the genitive is helped
                                             or (k == j and role == "source" and not source
                                                 and _supported_genitive_at(coder.kb, t, words, i, k)))
            dest = target if helped else source if role in ("source", "agent") else target
            if dest is source and role == "source" and not source and _no_subject_after(coder.kb, t, words, k, j):
                dest = target  # (and unnamed)
            if dest is source and t.type in _KILLING and not source and _during_anothers_act(words, k, j):
                k += max(1, len(nominal["text"].split()))
                continue  # (and unnamed)
            if dest is source and t.type == "AID" and t.noun and j <= k <= j + 4 and _counted(coder.kb, words, k):
                k += max(1, len(nominal["text"].split()))
                continue  # "يأمر بإرسال خمسة آلاف جندي إضافيين": the troops counted are what is sent, no sender
            if dest is source and t.type == "ASSAULT" and k > j and _for(w) and words[k - 1] in _STRUCK_THINGS:
                dest = target  # "واستهدف اكاديمية للشرطة": whose thing was struck (and unnamed)
            if dest is source and role == "source" and not source and not t.noun and t.type in _MEETINGS \
                    and (k == j or (k == j + 2 and words[j + 1] == "من")) \
                    and words[j][:1] == "ب" and _has_bi(words[j]):
                dest, role = target, "target"  # "والتقى بالعاملين هناك", "التقى بعدد من المواطنين": who is met
                # behind بـ, unnamed too
            if t.type == "ASSAULT" and k == j and dest is target and strip_article(_bare(w)) in _STRIKE_CRAFT:
                dest = source  # "قصف الطيران المروحي مناطق": the craft in construct with the strike struck
            if k > j and t.type not in _KILLING and _aboard(words, k):
                k += max(1, len(nominal["text"].split()))
                continue  # "على متن لنش بحري": the boat it is held on
            if k > j and _agent_of_noun(sent, words, k, k + max(1, len(nominal["text"].split()))):
                k += max(1, len(nominal["text"].split()))
                continue  # "نتيجة إحراق المستوطنين الصهاينة لمنزله": who did another act, no party to this one
            if k > j and _in_charge(words, j, k):
                k += max(1, len(nominal["text"].split()))
                continue  # (one a charge names: "بتهمة التعامل مع وكالة الاستخبارات المركزية")
            if k > j + 1 and _object_of_pronoun_noun(sent, words, k):
                k += max(1, len(nominal["text"].split()))
                continue  # "قتل الجيش الإسرائيلي الأحد فلسطينيا بعد طعنه إسرائيليا": whom another act, the
                # one "he" did after or before, was done to
            if passed_over(dest, k):
                side_before = None  # (and none joined to it is helped: "بين الجيش السوري وداعش")
                k += max(1, len(nominal["text"].split()))
                continue
            if helped and t.type == "THREATEN":
                role = "target"  # (and those joined to whom it threatens: "للمتمردين داخل حزبه أو أحزاب المعارضة")
            if role == "source" and ((source and (t.type not in _MEETINGS or not t.noun)) or _is_counterpart(w)) \
                    and not (_and(words, k) or words[k - 1] == "و" or (words[k - 1] == "،" and not receives
                                                                       and _listed(actor_at, sent, last, k, t))):
                # (a counterpart is the other party: "استقبل الرئيس المصري نظيره الفرنسي", and with
                # the subject dropped: "سيجري اتصالا هاتفيا بنظيره اللبناني")
                dest = target
            elif role == "source" and source and side_before is target and (_and(words, k) or words[k - 1] == "و"):
                dest = target  # "كبار المسؤولين من مدنيين وعسكريين": joined to the one just received
            elif role == "source" and source and t.mode == "visit" and not t.noun and k > j + 1 \
                    and any(words[m] == "من" for m in range(max(j, k - 3), k)):
                dest = target  # "استقبل الأمير ... المهنئين بعيد الفطر من مسؤولين ومواطنين مدنيين وعسكريين": those
                # of whom the received are
            elif role == "source" and not source and _threatened_genitive(t, words, j, k, k + max(1, len(nominal["text"].split()))):
                dest, role = target, "target"  # "متهم بتهديد ضابط سجن بالقتل": who is threatened with something
            elif role == "source" and not source and _conduct_before(t, words, j, k):
                dest, role = target, "target"  # "وأدانت الوزارة ... اقتحام المستوطنين": whose act is condemned
            elif role == "source" and not source and t.noun and t.type == "ACCUSE" and k == j + 1 \
                    and words[j] in _DEMONSTRATIVES:
                dest, role = target, "target"  # "صمتنا عن ادانة هذه المليشيات": those pointed at are condemned
            elif role == "source" and not source and masdar and not t.noun and k == j and t.type in _KILLING:
                after_gen = k + max(1, len(nominal["text"].split()))
                if after_gen < end:
                    after_gen = _past_marks(words, after_gen)  # (ل"مواقعنا")
                if not _patient_behind_li(words, after_gen, end) and not (
                        after_gen < end and words[after_gen][:1] == "ل" and len(words[after_gen]) > 4):
                    dest, role = target, "target"  # "أدانت الوزارة قتل المدنيين": the noun's genitive is killed
                # (but "دانت المنظمة قصف المتمردين في اليمن لمناطق سكنية"، "قصف الطائرات التركية لمواقعنا": its
                # author, before who is hit behind ل)
            elif role == "source" and not source and not t.noun and _verbs_object_in_ina(words, k, j, "ين", named_at) \
                    and not (masdar and t.type in ("REJECT", "PROTEST")):
                # "وناشد المواطنين"، "ثم دعوا الصحافيين"، "ودعت الوزارة المواطنين": a plural or a dual
                # in ين after the verb is its object, never its subject (المواطنون); but the genitive of a
                # stance told as a noun takes it: "بسبب رفض موظفين"، "في رفض المواطنين"
                dest, role = target, "target"
            elif role == "source" and not source and not t.noun and k == j and _bare(words[i]).endswith("ت") \
                    and _feminine_verb(words[i], t) and strip_article(_bare(words[k])) in _MASCULINE_GROUPS:
                dest, role = target, "target"  # "ودعت المجتمع الدولي إلى": a masculine body after a verb of hers is
                # its object, her name dropped
            elif role == "source" and not source and not t.noun and k == j and nominal.get("entity") is None \
                    and nominal.get("sector") not in _ARMED and not masdar \
                    and strip_article(_bare(words[k])).endswith("ات") and _definite(words[k]) and _plainly_masculine(words[i]):
                dest, role = target, "target"  # "ودعا المنظمات الدولية إلى الضغط": a feminine plural after a verb of
                # a man is its object
            if role == "agent":
                role, agents_end = "target", k + max(1, len(nominal["text"].split()))
            elif dest is target and _with_agent(words, k, agents_end):
                dest, agents_end = source, k + max(1, len(nominal["text"].split()))
            if same_side is not None and same_side[1] == k \
                    and nominal.get("sector") not in _NOT_MEMBERSHIP:
                dest = same_side[0]
            if t.type in _KILLING and _fought_with(words, k) and ((target and not source) or (
                    source and not target and all(a.get("entity") is None and a.get("sector") == "CVL" for a in source))):
                dest = source  # "قتل ثلاثة جنود في اشتباكات مع مسلحين" (and "قتلت ناشطة ... في تبادل اطلاق
                # نار مع الشرطة": the civilian read first as the subject is the one killed, further on)
            elif t.type in _KILLING and source and target and last is not None and last[0] is source \
                    and last[1] == k and w[:1] == "و":
                dest = source  # "في مواجهات مع المقاومة الشعبية والجيش الموالي للشرعية": joined to who they fought
            if k > j and words[k - 1] in _OR and side_before is not None:
                dest = side_before  # "تعليق دعمها لحزب الله، أو الجماعات المسلحة في العراق أو القوات الموالية":
                # one of the alternatives, on the side of the one before
            dest.append(nominal)
            side_before = dest
            k0, k = k, k + max(1, len(nominal["text"].split()))
            if k0 > j and words[k0 - 1] == "بين" and k < end and words[k] in ("،", ",") \
                    and fold(nominal["text"]) in _TWO_SIDES and nominal.get("entity") is None:
                break  # "الشراكة الاستراتيجية بين البلدين، في محطته الأولى من جولة ... تقوده إلى قطر": the two
                # sides told, the parties are all named
            x = actor_at.get(k)
            if x is not None and x["type"] == "LOC" and nominal.get("entity") is None and k < end \
                    and coder.kb.people_of(words[k - 1]) and not _definite(words[k - 1]) \
                    and not words[k - 1].endswith("ا"):
                # "أكراد سوريا": the people of a place, in construct with it, one party
                after = max(k + 1, bisect_left(tok_starts, x["end"]))
                dest[-1] = {**nominal, "text": article.text[sent[k0].start:x["end"]],
                            "country": nominal.get("country") or x.get("country")}
                k = after
            if helped and dest is target:
                benefit_end = k
            x = actor_at.get(k)
            if x is not None and x["type"] == "ORG" and _may_head_construct(words[k - 1]) \
                    and nominal.get("sector") in _ARMED:
                # "مقاتلو داعش", "مسلحي حركة الشباب": the group's own men, whom its name codes
                dest.pop()
                same_side = (dest, k)
            elif x is None and k < end and nominal.get("entity") is None and nominal.get("sector") in _ARMED \
                    and len(nominal["text"].split()) == 1 and _may_head_construct(words[k - 1]) \
                    and _definite(words[k]) and (owner := coder.nominal_actor(article, sent, words, k, k + 1)) \
                    is not None and owner.get("sector") in _ARMED:
                # "مقاتلو المقاومة", "عناصر الحرس الثوري": the body's own men, unnamed, whom the body codes
                dest.pop()
                same_side = (dest, k)
            more = _joined_nationalities(coder, sent, words, k, end, nominal)
            dest.extend(more)
            k += len(more)
            last = (dest, k, False, False, k)
            if k - 1 > j and words[k - 1] in _AFFILIATION:
                # "قوات الجيش الوطني المسنود بالمقاومة الشعبية": the word of backing closed the group's
                # name (or the tagger's: then above); who backs it is on its side
                same_side = (dest, k + 1 if k < n and words[k] == "من" else k)
                backed = True
            continue
        k += 1
    if during_it and len(source) == 1 and not target and source[0].get("entity") and not sides:
        target.append(source.pop())
        visitor = _visitor_before(actor_at, i) or prev_subject
        if visitor is not None and visitor["id"] != target[0].get("entity"):
            source.append(_actor(visitor))
    if cause is None and 0 < stop < n and _cause_at(words, stop, j) is not None:
        cause = stop
    if cause is None and not t.noun and t.type in _KILLING:
        # "قتلوا بنيران هندية", "قتل برصاص قناص إسرائيلي": what killed, behind بـ right after the verb
        cause = next((c for c in range(j, min(end, j + 3)) if words[c][:1] == "ب" and words[c][1:] in _FIRE), None)
    if not source and t.type in _KILLING and cause is not None:
        # "قتلوا جراء ضربة جوية أميركية": the cause's author is the source
        authors = _cause_authors(article, coder, sent, words, cause, actor_at)
        source.extend(authors)
        target[:] = [x for x in target if not any(x is a or (x.get("entity") and x.get("entity") == a.get("entity"))
                                                   or (a.get("entity") is None and a["text"].endswith(" " + x["text"]))
                                                   for a in authors)]  # (قصف القوات الاوكرانية: the forces')
    if t.noun and t.type in _KILLING and not source and (claimer := _claimer(coder, article, sent, words, i, lo, actor_at)):
        source.append(claimer)  # "وأعلنت طالبان مسؤوليتها عن الهجوم": who claims it carried it out
    if t.noun and t.type in _KILLING and (titled := next((x for x in sent_ents if (
            article.extra.get("titles") or {}).get(x["id"], (None,))[0] == sent[i].start), None)) is not None \
            and any(x.get("entity") == titled["id"] for x in target):
        # "الانتحاري السعودي فهد سليمان القباع": the trigger is the title of the man named after it, who did it
        target[:] = [x for x in target if x.get("entity") != titled["id"]]
        source[:] = [x for x in source if x.get("entity") is not None] + [_actor(titled)]
    if not source:
        # the trigger noun names its actors (المتظاهرون; a verb never: "ما طالب به" is no
        # student), or a group noun right after it does;
        # aid and support name no actor (مساعدات is no "assistants"), and what follows
        # them behind ل is who gets them (مساعدات للاجئين)
        own = None if t.type in _BENEFIT or not t.noun else coder.nominal_actor(article, sent, words, i, j)
        if own is None and role != "target" and not said_of_visit:
            for kk in range(j, min(n, j + 3, max(_time_of_another(words, j, n, t.type in _KILLING), j + 1))):
                if words[kk] in ("،", ","):
                    break  # "بالقرب من موقع الهجوم، وعاينه صحافيون": past a comma, another clause's
                if t.type in _KILLING and _among(words[kk], _AIMING):
                    break  # "الهجوم الانتحاري استهدف دورية للشرطة": what follows was aimed at
                if t.type in _KILLING and t.noun and _for(words[kk]):
                    break  # "كمائن محكمة لتعزيزات الميليشيات": what an attack is laid for is its object
                if _no_subject_after(coder.kb, t, words, kk, j):
                    break  # "نددت باعتقال الصحفيين": the genitive of a noun behind a preposition
                if t.type in _KILLING and kk > j and len(words[kk - 1]) > 3 and words[kk - 1].endswith("ا") \
                        and not words[kk - 1].endswith(("ها", "نا")) and actor_at.get(kk - 1) is None:
                    break  # "استهدفت إحداها تجمعا للحوثيين": whose the object struck is, no author
                own = coder.nominal_actor(article, sent, words, kk, kk + 1)
                if own is not None:
                    if (t.type in _BENEFIT and (_behind_li(words, kk, j) or (kk == j and _supported_genitive_at(coder.kb, t, words, i, kk)))) \
                            or (t.type in _MEETINGS and (_is_counterpart(words[kk]) or _prepositional(words[kk])
                                                         or any(words[x] in _TARGET_PREPS for x in range(j, kk)))):
                        # (and "اتصالا هاتفيا بنظيره اللبناني", "بالعاهل الأردني", "اجتماعا مع الرئيس
                        # المصري": the other party)
                        if not target:
                            target.append(own)
                        own = None
                    break
        if own is not None and t.type in _KILLING and t.noun and (words[i] in _DEAD or _bare(words[i]) in _DEAD):
            target.append(own)  # "سقط عشرات القتلى والجرحى من الحوثيين": the dead are who was hit
        elif own is not None and not (t.type in _BENEFIT and any(_same_reading(own, a) or a["text"] == own["text"]
                                                                 for a in target)
                                      and not any(_among(w, _SUPPORT_GIVEN) for w in words[max(lo, i - 6):i])) \
                and not (t.type in _KILLING and any(_same_reading(own, a) for a in target)):
            source.append(own)  # (not who was read as killed: "في حين قتل ثلاثة أشخاص", nor helped: "عملها في
            # مساعدة الجيش اليمني")
    at_cause = _cause_at(words, i, lo) if t.type in _KILLING and t.noun and not t.patient else None
    if at_cause is None and t.type in _KILLING and t.noun and not t.patient and i > lo \
            and words[i][:1] == "ب" and _bare(words[i]) == words[i][1:]:
        at_cause = i  # "قُتلا بتفجير عبوة": the cause is the بـ on the attack noun itself
    hurt = False  # victims named before the cause word
    if at_cause is not None and (not target or not source):
        # "أصيب خمسة أشخاص في تفجير سيارة مفخخة": who was hurt "in" or "by" the attack is its target;
        # a cause that opens its clause looks back over the comma ("وأصيب أربعة جنود بجروح، من
        # جراء انفجار عبوة")
        first = lo
        if at_cause - lo <= 1 and lo >= 2 and words[lo - 1] in ("،", ","):
            first = _clause(words, lo - 2, lo - 1)[0]
        # (only with a word of harm before the cause: "القوات تتقدم في معارك" are a side)
        harmed = any(_harm(w) for w in words[first:at_cause])
        for kk in range(at_cause - 1, max(first, i - 12) - 1, -1) if harmed else ():
            x = actor_at.get(kk)
            victim = _actor(x) if x is not None and x["type"] in ("PER", "ORG") else \
                coder.nominal_actor(article, sent, words, kk, kk + 1)
            if victim is not None:
                if x is None:
                    victim = _widened(article, coder, sent, words, kk, first, victim)[0]
                if kk > first and words[kk - 1].endswith(("ه", "ها", "هم")) \
                        and any(not v.noun and v.type in _KILLING for v in _starting(words[kk - 1])):
                    if not source:
                        source.append(victim)  # "محمد علاونة الذي قتلته قوات الأمن الإسرائيلية، إثر مداهمة": who
                    hurt = True                # killed him, the verb's subject after its object's pronoun
                    break
                if not any(v["text"] == victim["text"] for v in target):
                    target.insert(0, victim)  # (before what is named after the attack: "أصيبا بجروح
                hurt = True                   # في انفجار ... بين الدولتين الكوريتين")
                break
    if source and not t.noun and _passive(sent[i].text) \
            and (pron := next((kk for kk in range(lo, i) if words[kk] in _PRONOUN_SUBJECT), None)) is not None \
            and (he := next((x for kk, x in sorted(actor_at.items(), reverse=True) if kk < pron
                             and x["type"] in ("PER", "ORG")), None)) is not None \
            and not any(a.get("entity") == he["id"] for a in source + target):
        # "سالوبيك هو أول أجنبي يُخطف ويُهدد بالقتل من قبل «ولاية سيناء»": with its agent named, a verb written
        # passive is done to the one "he" takes up
        target.insert(0, _actor(he))
    if not source and subjected is None and not on_thing and not unnamed_subject and not received:
        before = [(kk, x) for kk, x in sorted(actor_at.items()) if kk < i and not _is_outlet(x)
                  and not (kk > 0 and _bare(words[kk - 1]) in _ATTRIBUTION)  # "بحسب وزارة الدفاع"
                  and not (x["type"] == "LOC" and (_locative(words, kk) or _to_place(words, kk)))]
        pron = next((kk for kk in range(lo, i) if words[kk] in _PRONOUN_SUBJECT), None)
        if pron is not None and _impersonal_after(words, pron):
            # "أوضح الناطق أنه ورد بلاغ عن حدوث إطلاق نار": "it", no one; the event's clause
            # begins after it (the speaker and his title are no party)
            lo, pron = pron + 1, None
        elif pron is not None and (t.noun or _definite(words[i])) and i - 1 > pron \
                and (_bare(words[i - 1]) in _TIME_OF_EVENT or told_as_time):
            # "قال ديريك إنه ... في أعقاب اعتقال الرئيس جيفري ويب": an event told as the time of
            # what "he" says is no act of his, nor of anyone named before it ("وغابريال هو اهم مسؤول
            # اوروبي يزور طهران منذ توقيع اتفاق نووي")
            pron, before = None, []
        elif pron is None and told_as_time and (t.noun or attack_subject):
            before = []  # "اعتقلت ... بعد ساعات على تفجيرات": an event told as the time of another, no doer before it
        elif pron is not None and t.noun and t.type in _KILLING and i - pron > 3 and words[i - 1] in _PREPOSITIONS \
                and not any(_bare(w) in _MANAGING for w in words[pron + 1:i]):  # (not "أنه تمكن أمس من قتل")
            # "ذكرت وزارة الخارجية الباكستانية في بيان أنه «بسبب معلومات تحدثت عن مقتل الملا عمر": an attack
            # noun behind a preposition, well after "it", is no act of the one who tells
            pron, before = None, []
        if pron is not None and not t.noun and words[pron] in _FEMININE_PRON and words[i][:1] in "وف" \
                and not _feminine_verb(words[i], t) and not words[i].endswith(("وا", "ا")):
            pron = None  # "وصف المالكي المملكة بأنها منطلق الإرهاب وطالب بوضعها": a verb of a man joined
            # after the clause of "that she" is not hers
        told = coder.nominal_actor(article, sent, words, pron + 1, pron + 2) \
            if pron is not None and not t.noun and pron + 1 < i and actor_at.get(pron + 1) is None else None
        if told is not None and pron + 1 + len(told["text"].split()) >= i - 1:
            # "من يشتبه أنهم متشددون تكفيريون هاجموا فندقا": the pronoun's own subject follows it,
            # right before the verb
            source.append(told)
        elif pron is not None:
            fem = words[pron] in _FEMININE_PRON
            # انه/انها: a person is "he"; an organisation may be either (الحلف انه, الحكومة انها)
            pick = [x for kk, x in before if (x["type"] != "PER") == fem] or \
                ([x for kk, x in before if x["type"] != "PER"] if not fem else [])
            plural_pron = len(_bare(words[pron])) > 2 and _bare(words[pron]).endswith("هم")  # (إنهم، لكنهم)
            if plural_pron:
                pick = [x for x in pick if x["type"] == "ORG"]  # "قال حلفاء غربيون لتركيا إنهم ... لكنهم دعوا":
                # "they" are many, not a country
            rep = next((k for k in range(pron - 1, max(-1, pron - 14), -1) if _reporting(words[k])), None)
            sayer = next((x for kk, x in before if rep is not None and rep < kk <= rep + 3), None)
            if sayer is None and rep is not None and _participle(words[rep]):
                # "أعلن الجيش النيجيري أنه حرر ...، كانت حركة بوكو حرام تحتجزهم، مؤكدًا أيضًا أنه اعتقل": a
                # participle of saying has the subject of the verb of saying before it, whom "he" takes up
                rep = _verb_of_participle(words, rep)
                sayer = next((x for kk, x in before if rep is not None and rep < kk <= rep + 3), None)
            if sayer is not None and sayer in pick and not _in_title(article.text, sayer["start"]):
                pick = pick[:pick.index(sayer) + 1]  # "يقول الجيش المصري: إنه قتل": "he" is the body that says
                # so, not one named before it
            if len(pick) >= 2 and _in_apposition(words, before, pick[-2], pick[-1], pron):
                pick = pick[:-1]  # "أعلنت فيه جبهة النصرة، ذراع تنظيم القاعدة في سورية، أمس أنها خطفت": "she"
                # is the one the aside between commas describes, not the one named inside it
            if (t.type in _KILLING or t.type == "COERCE") and pron + 1 < len(words) \
                    and words[_past_marks(words, pron + 1)] in _DONE:
                # "مشيرة إلى أنه تم القبض على عدد منهم", "أنه «تم القبض على المتهم": "it was done", by the state's
                # forces the speaker speaks for ("قال مدير الشرطة إنه تم القبض"), not by whoever was named before
                pick = [x for x in pick if _of_security(x)]
                prev_ok = prev_subject is not None and _of_security(prev_subject)
            else:
                prev_ok = prev_subject is not None
            if prev_ok and plural_pron:
                prev_ok = prev_subject["type"] == "ORG"
            spoken_by = None
            if sayer is None and rep is not None and not passive and not t.noun and pron == i - 1 \
                    and (spoken_by := _nominal_reporter(article, coder, sent, words, pron)) is not None:
                pick = []  # "يقول الجيش: إنه قتل أكثر من ألف متشدد": "he" is the unnamed body that says so, not a
                # man named in the sentence before
            teller = _teller(words, before, pron, nominal_at)
            if teller is not None and teller[1].get("id") is None:
                source.append(teller[1])
                pick = []
            elif teller is not None:
                pick = [teller[1]]  # "أبلغ وزير الأمن الإسرائيلي موشيه يعلون جهاز الشاباك بأنه سيؤيد": who tells
                # of "he" is he, not the one told
            told_by = None if pick else _nominal_reporter(article, coder, sent, words, pron)
            if pick and passive and ((t.type == "ACCUSE" and pron == i - 1) or _passive(sent[i].text)):
                target.append(_actor(pick[-1]))  # "إلا أنهم اتهموا ... بمحاولة اغتيال": "they" were accused (and
                # a verb written passive: "سالوبيك هو أول أجنبي يُخطف ويُهدد بالقتل من قبل «ولاية سيناء»")
            elif pick and passive and t.type in _KILLING and pron < i - 1 and _past_verb_by_use(words[pron + 1]) \
                    and j < n and words[j] in _RESUMPTIVE:
                pass  # "أوضحت المنظمة انها زارت اربع مناطق في عدن استهدف فيها مدنيون": "she" is the subject of the
                # verb right after her; a passive verb further on is done to those after it, by no one named
            elif pick:
                source.append(_actor(pick[-1]))
            elif told_by is not None and (t.type != "ASSAULT" or spoken_by is not None):
                source.append(told_by)  # "وذكرت الشرطة الإيطالية ... أنها اعتقلت رجلين": the unnamed body
                # that says "she" did it
            elif prev_ok:
                source.append(_actor(prev_subject))
        elif not t.noun and not (i > lo and words[i - 1] == "مع"):
            # (a verb's form behind مع is a noun of what went with the event before: "قصف الطائرات التركية لمواقعنا مع
            # قصف مكثف للمدفعية", no subject before it)
            opened = max((x + 1 for x in range(lo, i) if _among(words[x], _CLAUSE_BREAKS)), default=lo)
            if not (passive or counted) and (opened >= i or (opened == i - 1 and words[i - 1] in _FA_QAD)):
                opened = lo  # (the verb right after the word: its subject dropped, the one before's)
            if (i > lo and words[i - 1] == "كما") or managed_join:
                opened = i  # "بينهم القيادي الحوثي محمد المداني، كما استهدفت تجمعات": "as also" opens a
                # clause whose subject is not the last one named (the victims); a verbal noun has none before it
            if i > lo and t.type not in _KILLING and words[i - 1] in _CAUSES and words[i - 1] not in _PREPOSITIONS \
                    and words[i - 1] not in _JUST_AFTER:
                opened = i  # "استاء بعض المسافرين ... لمملكة البحرين وذلك بسبب رفض موظفين": the noun of a cause
                # has its own doer, after it
            # (not one before a word that opens the verb's own clause: "وكان 23 من الحوثيين قتلوا فيما
            # قتل 2 من المقاومة", "وأيد حلفاء بينهم الولايات المتحدة الإجراءات لكن كثيرين حثوا أنقرة";
            # but the dropped subject of a verb right after it is named before it: "وأكد السيسي ذلك
            # حين التقى رؤساء الأحزاب")
            in_clause = [x for kk, x in before if kk >= opened and not _workplace(words, kk, opened)
                         and not (attack_subject and (x["type"] == "PER" or _behind_pp(words, kk)
                                                      or _counted(coder.kb, words, kk)))
                         and (passive or _prep_before(words, kk) not in _WITH_PREPS)  # (المفاوضات مع إيران هددت)
                         and not (words[i][:1] in "وف" and not passive and _oblique(words, kk, x, tok_starts))
                         # ("قام الجبير بزيارة قطر بشكل مفاجئ والتقى بأميرها": the place a visit named goes to)
                         and not (words[i][:1] in "وف" and not passive and x["type"] == "LOC" and kk > 0
                                  and strip_article(_bare(words[kk - 1])).startswith("زيار"))
                         and not (t.type not in _KILLING and _side_of_between(words, kk, lo))
                         and not (t.type in _KILLING and _undergoes(words, bisect_left(tok_starts, x["end"])))
                         and not _behind_pp_noun(words, kk, lo, actor_at)
                         and not (t.type in _KILLING and not passive and _stance_taker(words, kk, i, lo))
                         and not _directed(words, kk, lo)
                         # ("قبيل اغتيالهم رئيس الوزراء الأسبق، إسحق رابين، في عام 1995، وهددوه مباشرة بالقتل": a
                         # verb in the plural takes no one person named before as its subject)
                         and not (not t.noun and not passive and x["type"] == "PER"
                                  and _plural_of_one(words, bisect_left(tok_starts, x["end"]), i))]
            if attack_subject and not passive and coder.kb.instrument_at(words, i - 1) >= lo:
                in_clause = []  # "قتلوا في تفجير ثلاث عبوات ناسفة استهدفت رتلا": the devices struck, none named before
            if not in_clause and not passive and t.type in _STANCES and words[i][:1] == "و" and opened == i == lo \
                    and (speaker := _speaker_of_clause_before(words, i, before)) is not None \
                    and (speaker["type"] == "PER") != _feminine_verb(words[i], t):
                in_clause = [speaker]  # "قال أوباما إنها «لا تتمتع بالمصداقية»، ودعا الحكومة": a stance joined by و
                # after what one said is his
            first_kk, opener = next(((kk, x) for kk, x in before if kk >= opened), (None, None))
            opener_end = bisect_left(tok_starts, opener["end"]) if opener is not None else 0
            if in_clause and opener is not None and opener in in_clause and opener is not in_clause[-1] \
                    and words[i][:1] == "و" and not passive and not counted and opener["type"] in ("PER", "ORG") \
                    and (((head := _titled_from(words, first_kk, opened)) - 1 >= opened and _verb_first(words, head - 1)
                          and all(_time_phrase([w]) or w in _RECENTLY for w in words[opened:head - 1]))
                         or (head == opened or words[head - 1] in _COMPLEMENTIZERS)
                         and opener_end < i and _verb_first(words, opener_end)
                         and not _relative_goes_on(words, opener_end, i)) \
                    and ((last_end := bisect_left(tok_starts, in_clause[-1]["end"])) < i - 1
                         or (last_end <= i and _oblique_before(words, in_clause[-1], tok_starts, before))) \
                    and not _relative_goes_on(words, bisect_left(tok_starts, in_clause[-1]["end"]), i):
                # "وصف المالكي المملكة العربية السعودية بأنها منطلق الإرهاب ... وطالب بوضعها": a verb
                # joined by و shares the subject of the verb that opens its clause, not its object;
                # so it does after a subject first ("إن الرئيس هادي التقى السفير الأمريكي وطالب بدعم
                # الحكومة") and past one named in the title of one behind a preposition ("مع أمير قطر وطالب")
                in_clause = [opener]
            if in_clause:
                if victims_before is not None:
                    # the victims read before the verb, and those joined to them: "قياديا في تنظيم داعش
                    # وخمسة متطرفين أجانب آخرين قتلوا", not their killers (nor the subject of a verb
                    # before them: "جيش بوروندي اعتقل عشرات المسلحين وقتل آخرين")
                    at = bisect_left(tok_starts, in_clause[-1]["start"])
                    if not t.noun and at < victims_before and _object_on_verb(words[j - 1], t):
                        if not any(a.get("entity") == in_clause[-1]["id"] for a in source + target):
                            source.append(_actor(in_clause[-1]))  # "أن قوات الشرطة رصدت عشرة إرهابيين وقتلتهم": a
                            # verb that carries its object, those read before it, is the act of who is named first
                    elif not any(not x.noun for v in range(at + 1, victims_before) for x in _starting(words[v])) \
                            and not any(a.get("entity") == in_clause[-1]["id"] for a in target):
                        target.append(_actor(in_clause[-1]))
                elif not no_patient_before and not (
                        passive and (rel := i - 2 if words[i - 1] in ('"', "«", "“") else i - 1) - 1 >= lo
                        and (words[rel] in _RELATIVES or words[rel] == "الذين")
                        and bisect_left(tok_starts, in_clause[-1]["end"]) != rel):
                    # (a passive verb of a relative clause is done to its antecedent, the word right
                    # before the relative: "زيمبابوي بتسليمها بالمر الذي اتهم", Palmer, whoever is named before;
                    # past a quotation mark too: "شهداء الواجب الذين «استشهدوا»")
                    dead = t.type in _KILLING and not passive  # (the dead of a toll told before attacked no one:
                    # "آخر اسفر عن مقتل 27 شخصًا من المدنيين والطلاب العسكريين واستهدف"; "عن مقتل سبعة من قادة تنظيم داعش
                    # بقصف مدفعي استهدف")
                    own = None if passive or i - 1 < bisect_left(tok_starts, in_clause[-1]["end"]) \
                        or (dead and _in_toll(words, i - 1, lo)) else coder.nominal_actor(article, sent, words, i - 1, i)
                    # ("بين قوات الأمن ومسلحين أطلقوا النار": the group named right before the verb, after
                    # the last one with a name, is its subject)
                    done_to = passive or (i > lo and _takes_up_antecedent(words[i - 1], words[i], t))
                    # ("المعارضة السورية التي يدعمها الغرب": the pronoun on the verb takes up its antecedent,
                    # whom it is done to)
                    last_end = bisect_left(tok_starts, in_clause[-1]["end"])
                    unnamed_antecedent = not done_to and not t.noun and own is None and i - 2 >= lo \
                        and words[i - 1] in _ANY_RELATIVE and last_end != i - 1 \
                        and not (last_end == i - 2 and words[i - 2] in ("،", ",")) \
                        and coder.nominal_actor(article, sent, words, i - 2, i - 1) is None \
                        and not _time_phrase(words[i - 2:i - 1]) and strip_article(words[i - 2]) not in _WHILE_NOUNS \
                        and not any(_bare(v) in _ONE_OF for v in words[max(lo, i - 4):i - 2]) \
                        and not (j < n and words[j] in _RESUMPTIVE)
                    # (not "في الوقت الذي هاجم فيه", a time; nor "وكانت رواندا من بين الدول التي دعت", "من أوائل الدول
                    # التي رحبت": one of those the noun names; nor "الاستفتاء الذي دعا إليه": a pronoun after the verb takes
                    # up the noun, its object)
                    # ("بتحريك الأطراف التي تطالب بتقسيم الإقليم": the verb of a relative clause on a noun
                    # that names no one has that unnamed subject, not one named before it)
                    if (own is not None or not (dead and _in_toll(words, bisect_left(tok_starts, in_clause[-1]["start"]), lo))) \
                            and not unnamed_antecedent:
                        (target if done_to else source).append(own if own is not None else _actor(in_clause[-1]))
                    elif unnamed_antecedent and (nation := coder.kb.nationality_of(words[i - 2])) is not None:
                        # "الاتفاق النووي الإيراني الذي أبرم اليوم": the noun's nationality is its party
                        source.append({"entity": None, "text": sent[i - 2].text, "country": nation, "sector": None})
            elif i <= 1 and prev_subject is not None and not counted and not passive \
                    and not (words[i].endswith("وا") and (prev_subject["type"] == "PER"
                                                         or not _plural_name(coder, prev_subject["text"]))) \
                    and not (not t.noun and words[i].endswith("ت") and prev_subject["type"] != "PER"
                             and fold(prev_subject["text"]).split()[0].endswith(("ون", "ين"))) \
                    and not (j < n and _bare(words[j]) in coder.kb.first_names) \
                    and not (j < n and _definite(words[j]) and words[j].endswith("ون")) \
                    and not (j < n and coder.kb.is_count(words[j]) and t.type not in _KILLING) \
                    and not (t.type in _KILLING and j < n and (not _definite(words[j]) or not t.patient)
                             and any(x.noun and x.type == "ASSAULT" for x in _starting(words[j]))):
                # (not "وقد قتل خمسة جنود": counted victims after the verb make it passive;
                # not "وطالبوا": a plural verb's subject is no one person nor a body named in the singular;
                # not "أشاد المشاركون": a plural named after the verb is its subject; not "وأدانت" after
                # "الحوثيين": a verb in the feminine takes up no men; not "وطالب علي عمر":
                # a person the tagger missed is named right after the verb; not "ونددت 19 منظمة": a
                # count after it names its subject; not "واستهدفت غارات
                # للجيش التركي", "واستهدفت الغارات الجوية": the strikes after it are its subject)
                if j < n and _definite(words[j]) and coder.kb.org_head(words[j]) \
                        and _head_is_subject(article, coder, sent, words, i, j, actor_at):
                    # "وحثت الهيئة": a body named by its head is the last one of that head, not
                    # whoever was named before
                    body = _body_of_head(article, words[j], sent[i].start)
                    if body is not None:
                        source.append(_actor(body))
                elif j < n and _definite(words[j]) and coder.kb.org_head(words[j]):
                    # "ودعا الوزارة إلى ضرورة الإسراع": a feminine head after a verb of a man is called on, the one
                    # who calls named before
                    body = _body_of_head(article, words[j], sent[i].start) or (
                        prev_subject if strip_article(fold(prev_subject["text"]).split()[0]) == strip_article(words[j])
                        else None)
                    if body is not None and not any(a.get("entity") == body.get("id") for a in target):
                        target.append(_actor(body))
                    if body is None or fold(body["text"]) != fold(prev_subject["text"]):
                        source.append(_actor(prev_subject))
                else:
                    source.append(_actor(prev_subject))
    if not source and subjected is None and not hurt and not on_thing and not unnamed_subject and not received \
            and not no_patient_before and not told_as_time and (not t.patient or any(_bare(w) in _LIGHT_VERBS and (t.type in _KILLING or _bare(w) not in _CLAIMS)
                                  and (t.type == "MOBILIZE" or _bare(w) not in _RAISING)
                                  for w in words[max(lo, i - 3):i])):
        # a group named before the trigger in its clause: "وتجمع الطلاب المصريون ... للاحتجاج";
        # before a noun whose complement is acted on, only as the subject of the verb that
        # carries it ("مسلحين نفذتا عملية الخطف", not "قتل 67 شخصا خلال عملية احتجاز رهائن");
        # not the victims before an attack's cause word (أصيب خمسة أشخاص في تفجير)
        # (an accusative of purpose reaches back to the clause's start: "وخرج عشرات الآلاف من العراقيين في
        # العاصمة بغداد ومحافظات أخرى ...، مساء الجمعة، احتجاجا على")
        reach = 25 if t.type == "PROTEST" and t.noun and words[i].endswith("ا") else 12
        for kk in range(i - 1, max(lo, i - reach) - 1, -1):
            if t.type in _KILLING and _among(words[kk], _CLAUSE_BREAKS):
                break  # (the clause the attack is in opens after it: "فيما قتل 2 من المقاومة")
            if t.noun and kk < i - 1 and words[kk] in _WHEN_CLAUSE \
                    and _bare(words[kk + 1]) in _LIGHT_VERBS:
                break  # "وقتل جنديان آخران عندما أرسلت الحكومة تعزيزات": the verb that carries the noun opens
                # a clause of when; who is named before it sent nothing
            if t.type in _KILLING and _opens_quote(words, kk) and not any(_closes_quote(words, m) for m in range(kk + 1, i)):
                break  # "وقالت شرطة فاستمانلاند في بيان «عثرنا على رجل وامرأة مصابين بطعنات»": who speaks
                # before the quotation the attack is told in is no party to it (a name quoted and closed
                # before the attack goes on: "ومسلحين يدّعون الانتماء لتنظيم «داعش» هجمات")
            if t.noun and kk < i - 1 and _joined_plural_verb(words[i - 1]):
                break  # "هاجمت امرأتان مسلحتان القنصلية ... وتبادلتا إطلاق النار": a plural or dual verb behind و
                # that carries the noun shares the subject of the verb before, not its object named last
            if t.noun and t.type not in ("PROTEST", "ASSAULT") and kk < i - 1 and not _definite(words[kk]) \
                    and any(x.type == "PROTEST" and (x.noun or words[kk].endswith("ات")) for x in _starting(words[kk])) \
                    and any(_bare(w) in _AFTER_BEFORE or _bare(w) in _JUST_BEFORE_AFTER for w in words[max(lo, kk - 4):kk]):
                break  # "قبيل ساعات من انطلاق تظاهرات حاشدة في ساحة التحرير للمطالبة بإجراء إصلاحات": what
                # a protest told as the time demands is its marchers', no one's named before it (but
                # "جعل المواطنين ينظمون مظاهرات واسعة للمطالبة": theirs)
            if t.type == "ASSAULT" and t.noun and (words[kk] in _COMPLEMENTIZERS or words[kk] in _PRONOUN_SUBJECT
                                                   or _reporting(words[kk])):
                break  # "وذكرت الشرطة انه لم يعرف بعد مصدر إطلاق النار": who reports it did not fire
            if not t.noun and words[i][:1] == "و" and _bare(words[i]) != words[i] \
                    and _joined_oblique(words, kk, lo, tok_starts):
                continue  # (nor one joined to who is behind a preposition: "أهداف للجيش والشرطة وقتلوا")
            if t.noun and words[kk][:1] == "ب" and any(x.noun and (x.type in _KILLING) != (t.type in _KILLING)
                                                       for x in _starting(words[kk])):
                break  # (nor is who pays a visit to its wounded: "قام مدير الأمن العام بزيارة لمصابي التفجير")
            if t.noun and t.type in ("ASSAULT", "PROTEST") and kk == i - 1 and _bare(words[kk]) in _AFTER_BEFORE \
                    and _definite(words[i]):
                break  # "الشهيد ... من منسوبي قوات الطوارئ عقب التفجير": what came before or after
                # the attack or the protest told of, not who carried it out (but "تقدمت قوات الشرطة
                # بعد اشتباكات مع داعش": their own fight)
            if attack_subject and _attack_noun(words[kk]):
                break  # "وقتل ضابطا شرطة في هجوم استهدفهما": the attack is the subject; those before it, its
                # victims (but "تفجير انتحاري استهدف": the bomber in its adjective)
            nominal = coder.nominal_actor(article, sent, words, kk, kk + 1)
            if nominal is not None:
                nominal, kk = _widened(article, coder, sent, words, kk, max(lo, i - 12), nominal)
                if any(_bare(w) in _NEAR for w in words[max(0, kk - 2):kk]):
                    continue  # "تظاهر المئات أمام (مبنى) السفارة الأمريكية احتجاجا": where, not who
                if t.type in _KILLING and not t.undergoer and kk > 0 and _facility_head(words[kk - 1]):
                    continue  # "ما حصل في مسجد قوات الطوارئ ... من تفجير": whose building it was, not who struck
                if _for(words[kk]) or (kk > 0 and _for(words[kk - 1]) and words[kk - 1].endswith(("ين", "ون"))):
                    continue  # "وأضاف معاليه للصحفيين عقب لقائه", "تحدث كارتر للمراسلين الصحفيين عقب
                    # المباحثات": to whom one speaks
                if t.type == "PROTEST" and kk > 0 and _harm(words[kk - 1]):
                    continue  # "أصيب شخصان في إطلاق للنار وقع خلال مسيرة": the hurt, not the marchers
                if kk > 0 and _TARGET_PREPS.get(words[kk - 1]) == "at":
                    continue  # "أهالي المختطفين لدى ميليشيات الحوثي ... وقفة احتجاجية": who holds them
                if t.type in _KILLING and t.noun and any(_stance_verb(w) for w in words[max(lo, kk - 2):kk]):
                    break  # "أدانت الحكومة اليمنية التفجير": who condemns an attack did not carry it out
                after = kk + len(nominal["text"].split())
                if after + 1 < i and actor_at.get(after) is None and not _harm(words[after]) \
                        and words[after].endswith(("ين", "يون", "يه")) and _bare(words[after]) == words[after]:
                    after += 1  # (past an adjective: "جنديين كوريين جنوبيين إصيبا بجروح في انفجار")
                if passive or (t.type in _KILLING and not t.noun and _counted(coder.kb, words, kk) and len(t.words) == 1) \
                        or (t.type in _KILLING and t.noun and after < i and _harm(words[after])
                            and not _bare(words[after]).startswith(_HARM_NOUNS) and _no_object(words, after + 1)) \
                        or (t.type in _KILLING and t.noun and kk > 0 and _undergoes(words, kk - 1)):
                    # "22 شخصا قتلوا", "الجنود قُتلوا": a counted group before a killing verb,
                    # or the subject of a passive one, are its victims; so are those killed or
                    # hurt before the attack noun ("إن شرطيين قتلا ... عندما انفجرت عبوة ناسفة", "توفي جندي
                    # خامس متأثرا بإصابته في حادث إطلاق النار")
                    if not any(a.get("text") == nominal["text"] for a in target):
                        target.insert(0, nominal)
                elif t.type in _KILLING and not t.noun and words[i][:1] == "و" and kk > 0 and _undergoes(words, kk - 1):
                    pass  # "واستشهد رجلا أمن وقتل المنفذان": who fell right before kills no one after
                elif not t.noun and t.type not in _KILLING and words[i][:1] == "و" and _bare(words[i]) != words[i] \
                        and _counted(coder.kb, words, kk) \
                        and any(not x.noun for v in range(max(0, kk - 4), kk) for x in _starting(words[v])):
                    pass  # (nor are those counted after the verb before, its object: "اعتقل نحو 150 شخصًا في تونس
                    # واتهم 15 منهم")
                elif t.type == "SANCTION" and t.mode == "convict" and t.noun and sent[i].text.endswith(_POSSESSIVES):
                    target.append(nominal)  # "بسجن 153 من الرعايا الصينيين ... بعد إدانتهم": whom "their" conviction is of
                elif t.type in ("ACCUSE", "SANCTION") and t.noun and nominal.get("sector") == "CRM":
                    if not any(a.get("text") == nominal["text"] for a in target):
                        target.append(nominal)  # "القبض على الجاني وأسفر التحقيق معه": the suspect is charged or
                    continue  # questioned; who does it is named before him (سلطات الأمن)
                elif not t.noun and len(t.words) == 1 and after == i - 1 \
                        and (words[i - 1] in _RELATIVES or words[i - 1] == "الذين") and _object_on_verb(words[j - 1], t):
                    target.append(nominal)  # "من العراقيين الذين التقيتهم": the antecedent a relative clause's verb
                    # carries as its pronoun is the one acted on
                elif victims_before is None:  # (those read as victims before a killing verb killed no one)
                    source.extend(_listed_before(words, kk, actor_at, tok_starts))
                    source.append(nominal)
                    source.extend(_joined_nationalities(coder, sent, words, after, i, nominal))
                break
    if not source and not t.noun and not passive and (first := _first_to_do(words, i, lo, actor_at, tok_starts)) is not None:
        source.append(_actor(first))  # "سيغمار غابريال، الذي كان اول مسؤول غربي يزور ايران": the first to do it
    if t.type == "PROTEST" and not target:
        # "خرج مئات من المتظاهرين ... احتجاجا على تعامل الحكومة", "يهتفون ضد الحكومة": what the
        # protest is against, named further on in the sentence
        target.extend(_protested(article, coder, sent, words, j, actor_at))
    if t.type == "PROTEST" and not source:
        # "اندلعت مظاهرات ... ورفع المتظاهرون شعارات": the protesters the sentence names are the
        # protest's source, wherever they stand in it
        for kk in range(n):
            if kk != i and any(x.type == "PROTEST" and x.noun for x in _starting(words[kk])):
                own = coder.nominal_actor(article, sent, words, kk, kk + 1)
                if own is not None and own.get("sector") == "CVL":
                    source.append(own)
                    break
    if t.type == "ASSAULT" and not sides:
        # civilians named with no name of their own (المدنيين، 20 شخصا، ناشطين) suffer an
        # attack, they do not carry it out (قتل 20 شخصا في تبادل لإطلاق النار، تعمد قصف
        # المدنيين); in a fight between two sides they may be one
        hurt_ones = [a for a in source if a.get("entity") is None and a.get("sector") == "CVL"
                     and not any(a is b for b in said)]  # (but "قامت امرأة بلجيكية بتفجير نفسها")
        if hurt_ones:
            source = [a for a in source if a not in hurt_ones]
            target = hurt_ones + target
    if t.type == "AID" and t.noun and i > lo and any(_bare(w) in _ASKING for w in words[max(lo, i - 12):i]) and source and target \
            and target[0].get("entity") and (x := actor_at.get(j)) is not None and x["id"] == target[0]["entity"]:
        # "وطلب إقليدس تساكالاتوس وزير المالية اليوناني رسميا مساعدة صندوق النقد الدولي": the one whose help is
        # asked for gives it, to the one who asks
        source, target = target[:1], source + target[1:]
    if not t.noun and _we_verb(words[i], t):
        # "كما نطالب أميركا لمعرفة رأيها", "ونطالب ... الحكومة الإسرائيلية باتخاذ إجراءات": a verb of
        # "we" carries its subject, the speaker's side; who follows it is its object, and no one
        # named before it is its subject
        target = _named_after(article, sent, j, sent_ents, source) + target
        speaker = _reporter_before(words, actor_at, i, tok_starts)
        source = [_actor(speaker)] if speaker is not None else []
    elif t.noun and not source and ((words[j - 1].endswith("نا")
                                     and (word_frequencies() or {}).get(_bare(words[j - 1])[:-2], 0) >= _STEM_SEEN) or any(
            _we_verb_form(w) for w in words[max(lo, i - 3):i])) \
            and (speaker := _reporter_before(words, actor_at, i, tok_starts)) is not None:
        # "وأضاف خامنئي اننا لن نكف مطلقاً عن دعم أصدقائنا", "وأكد أن دعمنا للشرعية": the act of "we",
        # the speaker's side
        source = [_actor(speaker)]
    elif t.noun and not source and t.type in ("COOPERATE", "SUPPORT") and i >= 3 and words[i - 1] == "علي" \
            and actor_at.get(j) is None and (speaker := _affirmer_before(words, actor_at, i - 1, tok_starts)) is not None:
        # "أكد وزير الدفاع الفرنسي جان ايف لودريان على الشراكة القوية مع مصر": the partnership or the support
        # one affirms, no one else's named after it, is his side's
        source = [_actor(speaker)]
    if t.type in _KILLING and not t.noun and len(source) == 1 and source[0].get("entity") is None and target \
            and j + 2 < n and not _definite(words[j]) and sent[j].text == source[0]["text"].split()[0]:
        after = j + len(source[0]["text"].split())
        if after < n and words[after][:1] == "و" and (coder.kb.is_count(words[after][1:]) or words[after][1:2].isdigit()):
            # "قتل ضابط وثلاثة جنود مصريين": an unnamed one right after the verb, joined to a count of
            # others, was killed with them (the verb is passive)
            target = source + target
            source = []
    if not t.noun and i > 1 and words[i - 1] in _AND_HE and words[i][:1] in "يت":
        # "أحد مقاتلي التنظيم، وهو يتوعد مجلس النواب الليبي": "and he" is the present verb's subject, who
        # is named right before it (behind a comma); who follows is its object
        target = _named_after(article, sent, j, sent_ents, source) + target
        source = _antecedent(article, coder, sent, words, i - 1, actor_at)
    if t.type == "RETREAT" and t.mode == "withdraw" and not t.noun and source and target:
        # "انسحب مسلحو ميليشيات الحوثيين وقوات الرئيس السابق ... من أجزاء من المدينة": a withdrawal
        # has no one it is done to; who is named before what is left (من، عن) withdrew
        cut = next((sent[m].start for m in range(j, n) if words[m] in ("من", "عن")), sent[-1].end)
        went = [a for a in target if 0 <= _start_in(article, a, sent_ents, sent[j - 1].end, cut)]
        source = source + went
        target = [a for a in target if all(a is not b for b in went)]
    if t.type == "SUPPORT" and t.noun and j < n and _bare(words[j]) == "من" and _has_bi(words[i]):
        source, target = _with_support_from(article, coder, sent, words, i, j, lo, actor_at, source, target, received)
    elif t.type == "SUPPORT" and t.noun and j < n and _has_bi(words[i]) and source and not target and i > lo \
            and actor_at.get(j) is not None and source[0].get("entity") == actor_at[j]["id"] \
            and (_ending_at(actor_at, sent, i - 1) is not None or _definite(words[i - 1])) \
            and not any(_bare(w).startswith(_PRAISING_STEMS) or _among(w, _SUPPORT_GIVEN) for w in words[lo:i]):
        # "وتقدمت القوات العراقية بدعم طيران التحالف نحو الرمادي": support told as a manner, with the
        # giver in construct, helps the one named right before it (not "اتهمته بدعم تنظيم داعش": of supporting;
        # nor after praise: "أشاد الملك عبدالله الثاني بدعم المملكة", whose support is praised)
        source, target = _with_support_from(article, coder, sent, words, i, j, lo, actor_at, source, target, False)
    if t.mode == "visit" and t.noun and words[i][:1] == "ل" \
            and (guest := _invited(words, i, lo, actor_at)) is not None:
        # "وجه رنزي دعوة الى الرئيس الايراني حسن روحاني لزيارة ايطاليا": the one invited is who would
        # visit; who invites him is none of its parties
        source = [_actor(guest)]
        target = [a for a in target if a.get("entity") != guest["id"]]
    elif t.mode == "visit" and t.noun and (words[i][:1] == "ل" or (i > 0 and words[i - 1] == "الي")) \
            and (host := _inviter(words, i, lo, actor_at,
                                  nominal_at)) is not None \
            and any(_same_actor(a, host) for a in source):
        # "تلبية دعوة الحكومة اليمنية إلى زيارة عدن": the one who invites is the host, not the visitor
        source = [a for a in source if not _same_actor(a, host)]
        if not any(_same_actor(a, host) for a in target):
            target = [host] + target
    if t.noun and source and i > lo + 1 and _among(words[i - 1], _DONE) and sent[j - 1].text.endswith(_POSSESSIVES) \
            and not any(_bare(w) in _PRONOUN_SUBJECT or w in _COMPLEMENTIZERS for w in words[max(lo, i - 3):i - 1]) \
            and (pre := _preverbal_subject(article, coder, sent, words, i - 1, lo, actor_at, tok_starts)) is not None \
            and any(_same_actor(a, pre[0]) for a in source):
        # "هناك شخصًا آخر قد يتم اتهامه": the subject of "it is done" whom the pronoun on the noun
        # takes up undergoes it
        source = [a for a in source if not _same_actor(a, pre[0])]
        target = [pre[0]] + target
    if t.noun and j - i > 1 and any(a.get("entity") is not None for a in source):
        # "نفذ عناصر من تنظيم بي كا كا هجوماً انتحارياً": the trigger's own adjective names no bomber of its own
        # beside the body named as its author
        inside = article.text[sent[i].start:sent[j - 1].end]
        source = [a for a in source if a.get("entity") is not None or a["text"] not in inside]
    if t.patient and not source and not target and sent[j - 1].text.endswith(_POSSESSIVES) \
            and (pre := _preverbal_subject(article, coder, sent, words, i, lo, actor_at, tok_starts)) is not None:
        # "السعوديين الثلاثة المطلوب إطلاق سراحهم": the one a pronoun on the noun takes up, named
        # right before it, is who it is done to
        target = [pre[0]]
    if t.type in ("SUPPORT", "AID") and t.noun and _has_bi(words[i]) and j < n and words[j] != "من" \
            and not sent[j - 1].text.rstrip(DIACRITICS + TATWEEL).endswith(_POSSESSIVES) \
            and not any(_bare(w) in _LIGHT_VERBS for w in words[max(lo, i - 5):i]) and not _charged_before(words, i, lo) \
            and (t.type == "SUPPORT" or _ending_at(actor_at, sent, i - 1) is not None) \
            and (giver := _giver_in_construct(article, coder, sent, words, j, actor_at)) is not None \
            and source and not any(_same_actor(a, giver) for a in source):
        # "القوات الأمنية من الجيش والشرطة ومقاتلي العشائر وبدعم طيران التحالف تقدمت": with the support of
        # the one in construct with it; who is named before is helped (and "نجحت قوات المقاومة الشعبية
        # بمساعدة غارات التحالف العربي في تحرير": with the help of the coalition's strikes; but "وقامت
        # السعودية بمساعدة الحكومة اليمنية", "وقامت السعودية بدعم الحكومة اليمنية": after a light verb, the help
        # its subject gave; nor one with a pronoun,
        # whose owner gives it: "نواب معروفون بدعمهم لإسرائيل")
        target = source + [a for a in target if not _same_actor(a, giver)]
        source = [giver]
    if t.type == "COERCE" and not _definite(words[i]) and not source and target and j - 1 > i \
            and sent[j - 1].text.endswith(("عليه", "عليها", "عليهم")) and (target[0].get("sector") in _SECURITY or (
                target[0].get("entity") is None and target[0].get("sector") in _FORCES)):
        # "فقبض عليه الشرطي الذي فاجأه"، "وقبض عليه رجال الأمن": the one arrested is the pronoun; the force
        # named after it made the arrest (however the unvowelled verb reads: a passive takes no agent after it)
        source, target = target[:1], target[1:]
    if t.type == "REQUEST" and t.noun and source and j < n and (x := actor_at.get(j)) is not None \
            and (after := bisect_left(tok_starts, x["end"])) < n and _has_bi(words[after]) \
            and any(a.get("entity") == x["id"] for a in source):
        # "حد مطالبة اليونان برهن أو بيع سيادتها": the genitive of a demand with what is demanded behind بـ
        # after it is who is asked
        source = [a for a in source if a.get("entity") != x["id"]]
        target = [_actor(x)] + [a for a in target if a.get("entity") != x["id"]]
    if t.type == "ACCUSE" and t.noun and source and (accused := _accused_after(
            words, j, actor_at, nominal_at)) is not None:
        # "ودارت اتهامات قوية بأن رئيس الوزراء العراقي نوري المالكي قد دبر", "ووجهت اتهامات للحكومة
        # المصرية": who the charge is put on, behind "that" or ل right after it, is accused, not accuser
        accused = _actor(accused) if accused.get("id") else accused
        moved = [a for a in source if _same_actor(a, accused)]
        if moved:
            source = [a for a in source if not _same_actor(a, accused)]
            target = moved + [a for a in target if not _same_actor(a, accused)]
    if words[i][:1] == "ب" and _bare(words[i]) != words[i] \
            and (doer := _doer_before(article, coder, sent, words, i, lo, actor_at)) is not None:
        # "إثر قيام مجهولين يستقلان دراجة بخارية بإطلاق النار عليه", "بعد قيام نائب الرئيس اليمني خالد
        # بحاح بزيارة": who is in construct with the doing (قيام) does the act behind بـ after it
        source = [doer]
        target = [a for a in target if not (_same_actor(a, doer) or a["text"] == doer["text"])]
    mode = t.mode
    if t.needs_gathering:
        # "عرقل المحتجون حركة السير": an obstruction; a march or a gathering keeps the noun's own mode
        told = _gathering_in_clause(words, i, j)
        mode = told if told not in (None, "demo") else mode
    if t.type == "ASSAULT" and mode == "targeted" and cause is not None and cause < n \
            and fold(t.words[0]).rstrip("*") not in _ASSASSINATING:
        # "قتلوا جراء انفجار الغام": the dead of a weapon the cause names were killed by it (not an
        # assassination's: "اغتيل بتفجير عبوة" stays one)
        weapon = _trigger_at(words, cause)
        mode = weapon.mode if weapon is not None and weapon.type == "ASSAULT" and weapon.mode in _WEAPON_MODES else mode
        if weapon is not None and weapon.mode == "aerial" and _bombarding(words[cause]):
            mode = _bombardment_mode(words, cause, cause + len(weapon.words), source)
    if t.type == "ASSAULT" and mode == "beat" and j < n and (
            (actor_at.get(j) or {}).get("type") in ("LOC", "ORG") or strip_article(_bare(words[j])) in _SETTLEMENTS
            or words[j] in _STRUCK_THINGS or strip_article(_bare(words[j])) in _TERROR):
        mode = None  # "هجوم انتحاري نسب الى تنظيم داعش وضرب مدينة سوروتش": a town struck, no one beaten (nor a body
        # or terror: "في ضرب تنظيم داعش"، "تدعم أنقرة في ضرب الإرهاب")
    if t.type == "ASSAULT" and mode == "aerial" and _bombarding(words[i]):
        mode = _bombardment_mode(words, i, j, source)
    if t.type in ("REJECT", "REQUEST"):
        for w in words[j:j + 5]:
            m = _OBJECT_MODES.get(_bare(w))
            if m:
                mode = m
                break
    if t.type == "COERCE" and t.mode == "arrest" and not t.noun and not pre_named and source and not target \
            and words[i][:1] in "وف" and all(a.get("sector") in _ARRESTED_SECTORS for a in source):
        # "واعتقل الناشطون خلال مظاهرات": civilians after a verb of arresting with no one after them were
        # arrested (the verb is passive); no arrester is named
        source, target = [], source
    if t.type == "ASSAULT" and not source and target and i >= 3 and words[i - 1] in _TOLL_PREPS \
            and _bare(words[i - 2]) in _RESULTS and words[i - 3] in ("،", ","):
        # "طيران التحالف الدولي نفذ 15 طلعة جوية في مختلف المناطق، أسفرت عن قتل 25 من عناصر تنظيم داعش": the
        # armed one the sentence opens with, whose sorties took the toll
        source.extend(_actor(x) for kk, x in sorted(actor_at.items())[:1]
                      if kk < i - 3 and x.get("sector") in _ARMED and x["type"] in ("ORG", "PER")
                      and not _behind_pp(words, kk))
    if t.type == "ASSAULT" and not source and target \
            and (attacker := _attacker_when(article, coder, sent, words, j, actor_at)) is not None:
        source.append(attacker)  # "قتل طفل فلسطيني ... حين هاجم مستوطنون منزلهم": who attacked then killed
    if not t.noun and t.type in _ADDRESSED and source and (source[0].get("kind") == "ORG" or (
            source[0].get("entity") is None and source[0].get("sector") in ("GOV", "LEG", "JUD")
            and (i == lo or words[i][:1] in "وف"))) \
            and not _feminine_verb(words[i], t) and not words[i].endswith(("وا", "ا")) \
            and not (i > 0 and words[i - 1] in _COMPLEMENTIZERS) and not masdar \
            and (head := fold(source[0]["text"]).split()[0]).endswith("ه") and coder.kb.org_head(head) \
            and article.text.find(source[0]["text"], sent[i].end, sent[min(n - 1, j + 1)].end + 1) >= 0:
        # "وطالب منظمة الحج والزيارة الإيرانية باتخاذ": a verb in the masculine takes no body in the feminine
        # as its subject; the body is asked, its asker dropped (but after أن the form may be the noun: "ان رفض
        # ادارة المترو ارجاء", the management's refusal)
        source, target = [], [source[0]] + [a for a in target if a is not source[0]]
    if t.type == "ACCUSE" and t.noun and j + 1 < n and _complementizer(words[j]) and source \
            and article.text.find(source[0]["text"], sent[j].end, sent[min(n - 1, j + 3)].end + 1) >= 0:
        # "وتبين من التحقيقات أن الظواهري أنشأ جماعة متطرفة": who the inquiry found to have done it is
        # its target, no one who inquired (nor what he did it with: "أن المتهم ... اشترى الأسلحة من اليمن")
        source, target = [], source[:1]
    if masdar and (teller_span := _told_of(words, i, lo)) is not None:
        # "وافاد مراسل لوكالة فرانس برس عن حالة استنفار"، "وتحدث ناشطون عن قصف الطيران": who tells of it
        # is no party to it
        a, b = sent[teller_span[0]].end, sent[teller_span[1]].start
        source = [x for x in source if not a <= article.text.find(x["text"], a, b + len(x["text"])) < b]
        target = [x for x in target if not a <= article.text.find(x["text"], a, b + len(x["text"])) < b]
    if t.type == "SANCTION" and len(t.words) > 1 and (group := coder.kb.group_of([words[j - 1]])) is not None \
            and not any(x.get("entity") is None and article.text.startswith(x["text"], sent[i].start) for x in target):
        # "حكماً يقضي بإدانة مواطن بالتستر على أحد المقاتلين": the one the trigger names is convicted, not
        # who his charge names (unless its nationality named him already: "بإدانة متهم سعودي")
        target = [coder.nominal_actor(article, sent, words, j - 1, j)
                  or {"entity": None, "text": sent[j - 1].text, "country": None, "sector": group[1]}]
    if told_before:
        target = []  # "وعبر الرئيس هادي في الاجتماع عن سعادته بما حققته قوات الجيش": in the meeting told
        # before, who speaks took part; who follows is his words', no other party
    if freed and (opener := _opening_nominal(article, coder, sent, words, i, lo, actor_at)) is not None:
        source = [opener]  # "برأت محكمة سودانية قسين ... وأطلقت سراحهما"، "واعتقلت الشرطة خمسة أشخاص ثم أطلقت
        # سراحهم": who frees them is the subject of the verb that opens the clause, not they
        target = [x for x in target if not _same_reading(x, opener)]
    elif not source and not t.noun and not passive and t.type not in _KILLING and words[i][:1] == "و" \
            and _bare(words[i]) != words[i] and (opener := _opening_nominal(article, coder, sent, words, i, lo)) is not None:
        source.append(opener)  # "وأعلنت محكمة سودانية ... وأطلقت": a verb behind و goes on with the unnamed
        # subject of the verb that opens its clause
    if t.type in _KILLING and t.noun \
            and (blamed := _blamed(article, coder, sent, words, i, lo, actor_at, tok_starts)) is not None:
        # "وحمل مسؤول تركي حزب العمال الكردستاني مسؤولية الهجوم الانتحاري": whom the blame is laid on carried
        # it out; who lays it is no party
        source = [blamed]
        target = [x for x in target if not _same_reading(x, blamed)]
    if t.mode == "visit" and not t.noun and (visitor := _visitor_after_also(coder, article, sent, words, i, j, actor_at)):
        # "وتفقد مدير شرطة جازان ... اللواء ناصر الدويسي ... المواقع الأمنية، كما زار منفذ الطوال ... وقوات حرس
        # الحدود": "as also" with a place or thing right after the verb goes on with the sentence's subject,
        # and those named after the place are visited
        target = [x for x in source + target if not _same_reading(x, visitor)]
        source = [visitor]
    if t.mode == "visit" and source and all(_site_named(words, actor_at, a) for a in source):
        # "وزار شركة أرامكو بالظهران وجامعة الملك فهد", "عن سعادته بزيارة مركز الملك سلمان": the sites visited
        target, source = source + target, []
    if t.noun and t.type in ("ACCUSE", "COERCE") and target and _written_with_pronoun(sent[j - 1].text) and (
            t.patient or (j - i >= 2 and words[j - 1].startswith("مع"))
            or (t.mode == "allege" and j < n and _has_bi(words[j]))):  # (not "إدانتهما أعمال الإرهاب": theirs)
        # "أسفر التحقيق معه عن اتهامه ...، وصدّق الحكم من محكمة الاستئناف": the pronoun on the noun is the one
        # accused or held; who is named further on is no party (but one joined to it: "اعتقاله وشقيقه")
        starts = {x["id"]: x["start"] for x in sent_ents}
        after = sent[j].start if j < n else sent[j - 1].end
        target = [x for x in target if x.get("entity") not in starts or starts[x["entity"]] < after
                  or (j < n and words[j][:1] == "و" and starts[x["entity"]] == sent[j].start)]
    source = source + [a for a in with_it if not any(_same_reading(a, x) for x in source)]
    if released_one:
        source, target = [], source + target
    if t.noun and t.type in _STANCES and not _definite(words[i]) and source and target and j < n \
            and (own_stance := actor_at.get(j)) is not None and target[0].get("entity") == own_stance["id"] \
            and own_stance.get("country") and any(a.get("country") == own_stance["country"] for a in source):
        # "وجدد مجلس الوزراء إدانة المملكة واستنكارها للجريمة": the stance the noun is in construct with is
        # the subject's own state's, on its side, no one it is aimed at
        target = target[1:]
    if t.noun and t.type == "ACCUSE" and t.mode == "allege" and source and not target and j < n and _has_bi(words[j]) \
            and words[i][:1] != "و" \
            and len(_bare(words[j])) > 3 and sent[j - 1].text.rstrip(DIACRITICS + TATWEEL).endswith(("ه", "ها", "هم", "هما")) \
            and all(a["text"] in article.text[sent[0].start:sent[i].start] for a in source):
        # "فرض مجلس الأمن عقوبات على صالح ... واثنين من القادة العسكريين الحوثيين لاتهامهم بتهديد السلام": the
        # pronoun on the accusation, its charge right after it, is who is accused, named before it (not "اتهامه
        # لإيران بدعم": his; nor "عقب اتهامهم بالفساد من السلطات الأمريكية": who accuses, after; nor one joined by و to
        # another act, whose agent it shares: "في اعتقاله من قبل سلطات الأمن واتهامه بالإرهاب")
        source, target = [], source
    if t.noun and t.type in ("ACCUSE", "SANCTION") and any(a.get("entity") is None and a.get("sector") == "CRM"
                                                          for a in source):
        # "إدانة ستة متهمين بالتزوير"، "التحقيقات ... عن المتهم": the suspects a charge, an inquiry or a
        # conviction names are what it is aimed at, not its author
        suspects = [a for a in source if a.get("entity") is None and a.get("sector") == "CRM"]
        source = [a for a in source if a not in suspects]
        target = target + [a for a in suspects if a not in target]
    if any(a.get("kind") == "PER" for a in source + target):
        # "أقدم أحد أقرباء الرئيس السوري بشار الأسد على قتله": a man named as whose kin the doer or the one
        # done to is, is no party himself
        kin_of = {x["id"] for x in sent_ents if x["type"] == "PER"
                  and (p := _kin_before(words, bisect_left(tok_starts, x["start"]))) is not None
                  and not sent[p].text.endswith(("ه", "ها", "هم", "هما"))  # (not "ابنه فيصل": his son, Faisal)
                  and lo <= p < i and not any(v in _ANY_RELATIVE for v in words[p:i])}
        source = [a for a in source if a.get("entity") not in kin_of]
        target = [a for a in target if a.get("entity") not in kin_of]
    sources = {a.get("canonical") for a in source if a.get("canonical")}  # one person is not on both sides
    kind, contexts = t.type, list(t.contexts)
    if t.type == "ACCUSE" and mode == "disapprove" and not t.noun and source \
            and all(a.get("sector") == "JUD" for a in source) and any(_has_bi(w) for w in words[j:min(n, j + 12)]):
        # "أدانت محكمة كورية جنوبية اثنين من التنفيذيين ... بخيانة الأمانة": a court that finds someone guilty of
        # a charge convicts
        kind, mode, contexts = "SANCTION", "convict", ["legal"]
    ev = {"id": "", "type": kind, "mode": mode, "contexts": contexts,
          "source": _dedup(source), "target": _dedup([x for x in target if not any(map(partial(_same_reading, x), source))
                                                     and not (x.get("canonical") and x["canonical"] in sources)
                                                     and not _state_of_capital(x, source)])}
    if t.type in ("MOBILIZE", "COOPERATE", "AID", "AGREE") and any(
            (a.get("sector") in ("MIL", "PRM")) for a in ev["source"] + ev["target"]):
        if "military" not in ev["contexts"]:
            ev["contexts"].append("military")
    return ev


_KILLING = ("ASSAULT", "COERCE")
_TELLING_OF = frozenset(_WORDS["telling-of"])  # (عن): telling of
_CONTROL = frozenset(w for w, v in _WORDS["held-by"].items() if v == "control")  # (الخاضعة لسيطرة): held by
_UNDER = frozenset(w for w, v in _WORDS["held-by"].items() if v == "under")
_ALLY = frozenset(w for w, v in _WORDS["side-of"].items() if v == "ally")  # its ally: on its side
_LED_BY = frozenset(w for w, v in _WORDS["side-of"].items() if v == "led")  # who leads is on the side of the one led
_LEADS = frozenset(w for w, v in _WORDS["side-of"].items() if v == "leads")  # after الذي/التي: تقوده السعودية
_WITH_IT = frozenset(w for w, v in _WORDS["side-of"].items() if v == "with")  # "and with it": ومعها كينيا
_A_PEOPLE = frozenset(w for w, v in _WORDS["masculine"].items() if v == "people")  # الشعب: a nation's people
_MASCULINE = frozenset(_WORDS["masculine"])  # a singular noun a feminine nationality cannot qualify
_ITS_HEAD = frozenset(w for w, v in _WORDS["side-of"].items() if v == "head")  # "وعلى رأسها": headed by
_ARM_OF = frozenset(w for w, v in _WORDS["affiliation"].items() if v == "arm")  # an arm of a body, in apposition
_ABOUT = fold("عن")  # أفاد عن، تحدث عن: told of
_PEAK = fold("قمة")  # a summit, or a peak
_ONLY_PEOPLE = ("arrest", "release", "deport")  # modes whose target is never a place
_PEOPLE_SECTORS = frozenset({"CVL", "LAB", "EDU", "JRN", "MED", "BUS"})  # people no one names, welcomed as guests
_ARMED = frozenset({"MIL", "REB", "UAF", "COP", "SPY", "PRM"})
# bodies one is not "of" but released "from" (أفرج عنه من محكمة): no side shared behind من
_NOT_MEMBERSHIP = ("JUD",)


def _doer_before(article, coder, sent, words: list[str], i: int, lo: int, actor_at) -> dict | None:
    """Who is named right after "the doing" (قيام) before the act behind بـ at words[i], in its
    clause (قيام مسلحين مجهولين بإطلاق النار، قيام وزير الخارجية عادل الجبير بزيارة): the first person or
    body within six words after it, or an unnamed actor right after it; None when no قيام stands
    within fourteen words before the act, or a trigger's verb or another بـ stands between."""
    for q in range(i - 1, max(lo, i - 14) - 1, -1):
        if words[q] in (".", "؛", ";", "؟", "!"):
            return None
        if _bare(words[q]) != _DOING:
            continue
        if any(w[:1] == "ب" and _bare(w) != w and _starting(w) for w in words[q + 1:i]):
            return None  # (another act behind بـ between)
        x = next((actor_at[k] for k in range(q + 1, min(i, q + 7)) if k in actor_at), None)
        if x is not None:
            return _actor(x)
        return coder.nominal_actor(article, sent, words, q + 1, q + 2)
    return None


_DOING = fold("قيام")
_DOING_NOUNS = frozenset(fold(w) for w in ("إطلاق", "قيام", "إلقاء"))  # firing, doing, dropping: X in construct acts
_AT_THE_TIME = frozenset(fold(w) for w in ("لدى", "عند", "أثناء", "اثناء", "خلال"))


def _accused_after(words: list[str], j: int, actor_at, nominal) -> dict | None:
    """The person or body named, or the unnamed actor (`nominal` reads one at a position),
    behind ل right after a noun of accusing ending at j, or right after بأن (بأنه، بأنها) there,
    past one adjective of the noun (اتهامات قوية بأن رئيس الوزراء العراقي نوري المالكي، اتهامات
    للحكومة المصرية): the accused; None when none is."""
    n = len(words)
    k = j
    if k + 1 < n and actor_at.get(k) is None and words[k][:1].isalpha() and _bare(words[k]) == words[k] \
            and not _definite(words[k]) and words[k].endswith(("ه", "ة", "ا")):
        k += 1  # (its adjective)
    if k >= n:
        return None
    if words[k][:1] == "ل" and words[k][1:2] != "ا":
        named = actor_at.get(k)
        if named is not None and _li_in_name(named):
            return None  # "تحقيقات لجنة الانضباط": a name that begins with ل, its genitive, no one behind ل
        return named or nominal(k)
    if words[k][:1] == "ب" and _bare(words[k]) in ("ان", "انه", "انها", "انهم"):
        return next((actor_at[kk] for kk in range(k + 1, min(n, k + 5)) if kk in actor_at), None) \
            or (nominal(k + 1) if k + 1 < n else None)
    return None


def _in_apposition(words: list[str], before: list, head: dict, inner: dict, pron: int) -> bool:
    """`inner` is named inside an aside set off by commas right after `head` (جبهة النصرة، ذراع تنظيم
    القاعدة في سورية،), and the aside closes before the pronoun at `pron`. `before` holds (position,
    entity) of those named."""
    at = {id(x): kk for kk, x in before}
    h, q = at.get(id(head)), at.get(id(inner))
    if h is None or q is None or q <= h:
        return False
    opened = next((c for c in range(h + 1, q) if words[c] in ("،", ",")), None)
    closed = next((c for c in range(q + 1, pron) if words[c] in ("،", ",")), None)
    if opened is None or closed is None or opened - h > len(head["text"].split()) + 1 or closed - opened > 9:
        return False
    aside = words[opened + 1:closed]
    # (an aside is a title or a description: no quotation, no "that", no verb of saying in it: "شتاينتز، إنه
    # «يرفض ما قاله ... جون كيري،", "قبل إعلان العبادي، أكد المالكي دعمه للإصلاحات،")
    return not any(w in (",", "،") or w in _QUOTES or w in _OPEN_Q or w in _CLOSE_Q or w in _COMPLEMENTIZERS
                   or _bare(w) in _PRONOUN_SUBJECT or _reporting(w) for w in aside)


def _teller(words: list[str], before: list, pron: int, nominal=None) -> tuple[int, dict] | None:
    """The subject of a verb of telling (أبلغ، أخبر) right before the clause of "that he" at
    words[pron], in its sentence, with where it stands: an unnamed official right after the verb
    (أبلغ وزير الأمن الإسرائيلي ... جهاز الشاباك بأنه), else the first one named between the two; with the
    one told in a pronoun on the verb and no one between, the one named before the one told (وهاتف
    نتنياهو ... الرئيس الفلسطيني محمود عباس، أبلغه خلالها بأنه); None when no such verb stands within
    twelve words before it. `before` holds (position, entity) of those named before the pronoun;
    `nominal` reads an unnamed actor (a title and a nationality) at a position."""
    v = None
    for k in range(pron - 1, max(0, pron - 12) - 1, -1):
        if words[k] in (".", "؛", ";", "؟", "!", ":"):
            return None
        if _among(words[k], _TELLING):
            v = k
            break
    if v is None:
        return None
    own = nominal(v + 1) if nominal is not None and v + 1 < pron else None
    if own is not None:
        return v + 1, own
    between = [(kk, x) for kk, x in before if v < kk < pron]
    if between:
        return between[0]
    prior = [(kk, x) for kk, x in before if kk < v and x["type"] == "PER"]
    prior = [p for p, q in zip(prior, prior[1:] + [None])
             if q is None or not (q[0] - p[0] <= 4 and (p[1].get("canonical") or p[1]["text"]) == (
                 q[1].get("canonical") or q[1]["text"]) or q[0] - (p[0] + len(p[1]["text"].split())) <= 1)]
    # (a title right before the name, "الرئيس الفلسطيني، محمود عباس", is one person)
    told = any(words[v].endswith(p) and _among(words[v][:-len(p)], _TELLING) for p in ("ه", "ها", "هم"))
    if told and len(prior) >= 2:
        return prior[-2]
    return None


def _invited(words: list[str], i: int, lo: int, actor_at) -> dict | None:
    """The person or body invited, behind إلى or ل after a word of inviting (دعوة، دعا) among the
    twelve words before the visit noun at words[i] (دعوة الى الرئيس الايراني حسن روحاني لزيارة):
    the one named last between the two; None when no invitation stands there."""
    inv = next((k for k in range(i - 1, max(lo, i - 12) - 1, -1) if _bare(words[k]) in _INVITING), None)
    if inv is None or inv + 1 >= i or not (words[inv + 1] in ("الي", "ل") or _for(words[inv + 1])):
        return None
    named = [actor_at[k] for k in range(inv + 1, i) if k in actor_at and actor_at[k]["type"] in ("PER", "ORG")]
    return named[-1] if named else None


_INVITING = frozenset(fold(w) for w in ("دعوة", "الدعوة", "دعوته", "دعوتها", "دعا", "دعت"))


def _inviter(words: list[str], i: int, lo: int, actor_at, nominal) -> dict | None:
    """The person or body named, or the unnamed actor (`nominal` reads one at a position), right
    after the noun of an invitation (دعوة الحكومة اليمنية) among the eight words before the visit noun
    at words[i], in construct with it: who invites, as an event's actor; None when none is."""
    inv = next((k for k in range(i - 1, max(lo, i - 8) - 1, -1) if words[k] == fold("دعوة")), None)
    if inv is None or inv + 1 >= i:
        return None
    if (x := actor_at.get(inv + 1)) is not None:
        return _actor(x) if x["type"] in ("PER", "ORG") else None
    return nominal(inv + 1)


def _same_actor(a: dict, b: dict) -> bool:
    """One actor: the same entity, or for actors no entity names, the same words."""
    return a.get("entity") == b.get("entity") if b.get("entity") is not None else a["text"] == b["text"]


def _past_opening(words: list[str], k: int) -> int:
    """Where a name at words[k] starts: past a bracket or a quotation mark that opens it (من (داعش))."""
    return k + 1 if k < len(words) and words[k] in ("(", "«", '"', "“") else k


def _state_of_capital(x: dict, source: list[dict]) -> bool:
    """`x` is a country whose capital or an unnamed body of its government speaks for it among the
    sources ("ودانت المنامة ... تجاه مملكة البحرين": Bahrain is the condemner, not the condemned; "أكدت
    الخارجية المصرية رفض مصر": Egypt's ministry tells Egypt's refusal)."""
    return x.get("kind") == "LOC" and not x.get("sector") and any(
        (a.get("kind") == "LOC" or a.get("entity") is None) and a.get("sector") == "GOV"
        and a.get("country") == x.get("country") for a in source)


def _same_named(a: dict, actors: list[dict]) -> bool:
    """`a` names a person among `actors` by another mention: the same canonical name (or a body, by the
    same canonical name and country: "للقاء وزراء مجلس التعاون" and "اجتماعات وزراء مجلس التعاون")."""
    return a.get("kind") in ("PER", "ORG") and bool(a.get("canonical")) and any(
        b.get("kind") == a["kind"] and b.get("canonical") == a["canonical"]
        and (a["kind"] == "PER" or b.get("country") == a.get("country")) for b in actors)


def _same_reading(a: dict, b: dict) -> bool:
    """One actor read alike: the same entity, or the same words given the same country (not "للحوثيين"
    placed in two countries by two readings, of which one is wrong)."""
    return _same_actor(a, b) and (b.get("entity") is not None or a.get("country") == b.get("country"))


def _owned_group(k, w: str) -> bool:
    """A group noun with a possessive suffix: قواته, جنودها, عناصرهم."""
    _, stem, suf = split_clitics(w, word_frequencies())
    return suf in ("ه", "ها", "هم") and k.group_of([stem]) is not None


def _protested(article, coder, sent, words: list[str], j: int, actor_at) -> list[dict]:
    """The actor a protest is against: the first named within four words after "ضد" or
    after a protest noun and "على" (احتجاجا على), past the trigger ending at `j`; "the
    government" or "the authorities" with no country are those of the place."""
    for k in range(j, len(words) - 1):
        if _TARGET_PREPS.get(_bare(words[k])) == "against":
            first = k + 1
        elif _TARGET_PREPS.get(_bare(words[k + 1])) == "on" and any(x.type == "PROTEST" and x.noun for x in _starting(words[k])):
            first = k + 2
        else:
            continue
        for kk in range(first, min(len(words), first + 4)):
            if words[kk] in _BREAKS:
                break
            x = actor_at.get(kk)
            if x is not None and not (x["type"] == "LOC" and _locative(words, kk)):
                return [_actor(x)]
            nominal = coder.nominal_actor(article, sent, words, kk, kk + 1)
            group = coder.kb.group_of(words[kk:kk + 1]) if nominal is None and _definite(words[kk]) else None
            if group is not None and group[1] == "GOV":
                # "احتجاجا على سياسات الحكومة": the government of the place of the protest
                nominal = {"entity": None, "text": sent[kk].text, "country": None, "sector": "GOV"}
            if nominal is not None:
                return [nominal]
        return []
    return []


def _attack_noun(w: str) -> bool:
    """`w` begins a noun trigger of an attack (هجوم, انفجار, تفجير, غارة), not one that names
    those who carry it out or what with (انتحاري, طائرة: groups.tsv)."""
    return any(x.type == "ASSAULT" and x.noun for x in _starting(w)) and not kb().group_of([w])


_TOLL_PREPS = frozenset(fold(w) for w in ("عن", "إلى"))  # أسفر عن، أدى إلى
_JOINING_PRONOUNS = frozenset(fold(w) for w in ("هو", "هي", "هم", "هما"))  # the pronoun that joins a nominal sentence


def _facility_head(w: str) -> bool:
    """`w` names a place or an institution named after whom follows (مسجد، مستشفى: resources/
    facility_heads.tsv), with the article or a proclitic or not."""
    heads = gazetteer().facility_heads
    return strip_article(w) in heads or (w[:1] in "وفبل" and strip_article(w[1:]) in heads)


def _in_place_name(k, words: list[str], at: int) -> bool:
    """The name at words[at] follows the head of a place's or an institution's name in construct (facility_heads.tsv),
    past a title or not: "وحديقة الأمير عبد العزيز بن عياف", "بمستشفى الملك فيصل" (not a head with the article:
    "مدير المستشفى محمد الداموكي", "بالجامعة الدكتور سعد الحسين", who heads or works there); or a quarter's
    head and a title: "ضاحية السيدة زينب"."""
    head = at - 2 if at > 1 and k.cue_kind(words[at - 1]) == "title" else at - 1
    if 0 <= head < at - 1 and not _definite(words[head]) and (
            strip_article(_bare(words[head])) in gazetteer().settlement_heads or _bare(words[head]) in _QUARTER_HEADS):
        return True  # "في ضاحية السيدة زينب", "حي الإمام علي": a quarter named after a saint or a title-holder
    if head < 0 or not _facility_head(words[head]):
        return False
    return not (words[head][1:] if words[head][:1] in "وفب" else words[head]).startswith(("ال", "لل"))


def _fought_with(words: list[str], k: int) -> bool:
    """words[k] follows مع after a noun of fighting (في مواجهات مع، خلال اشتباكات مع): the side
    fought with; or after fire exchanged (في تبادل اطلاق نار مع الشرطة)."""
    if k < 2 or words[k - 1] != "مع":
        return False
    if _attack_noun(words[k - 2]) or _among(words[k - 2], _CLASH_NOUNS) \
            or (k > 2 and _attack_noun(words[k - 3]) and not _definite(words[k - 2])
                                      and words[k - 2].endswith(("ة", "ه")) and _bare(words[k - 2]) == words[k - 2]):
        return True  # (past its adjective: "في اشتباكات مسلحة مع المقاومة الشعبية")
    if k > 2 and (_attack_noun(words[k - 3]) or _among(words[k - 3], _CLASH_NOUNS)) \
            and _definite(words[k - 3]) and _definite(words[k - 2]) \
            and kb().group_of([words[k - 2]]) is None and not kb().nationality_of(words[k - 2]) \
            and kb().role_of([words[k - 2]]) is None:
        return True  # (and a definite one: "خلال يومين من القتال الشرس مع قوات الامن الافغانية")
    return _bare(words[k - 2]) in _FIRE_WORDS and any(_attack_noun(w) for w in words[max(0, k - 4):k - 2])


_FIRE_WORDS = frozenset(fold(w) for w in ("نار", "النار", "للنار", "الرصاص", "للرصاص", "النيران"))


def _attack_before(words: list[str], i: int, lo: int) -> bool:
    """An attack noun right before words[i], or before one adjective agreeing with it
    (غارات جوية استهدفت, الهجوم الانتحاري استهدف), in the clause from `lo`, with a relative
    pronoun or not (التفجير الإرهابي الذي استهدف), past the time between (ضربة جوية يوم الأحد استهدفت)."""
    k = i
    while k - 1 > lo and i - k < 3 and (words[k - 1] in _TIME_WORDS or is_weekday(words[k - 1])
                                        or words[k - 1] == "يوم"):
        k -= 1
    if k < i and (_attack_noun(words[k - 1]) or (k - 2 >= lo and _attack_noun(words[k - 2]))):
        i = k
    if i - 1 > lo and words[i - 1] in _RELATIVES:
        i -= 1
    if i - 1 >= lo and _attack_noun(words[i - 1]):
        return True
    if i - 1 >= lo and kb().instrument_at(words, i - 1) >= lo:
        return True  # "في تفجير ثلاث عبوات ناسفة استهدفت رتلا": the devices struck, no one named before them
    for n_adj in (1, 2):  # (one adjective or two: "في تفجير إرهابي جبان استهدف مسجد القوات")
        if i - 1 - n_adj < lo:
            break
        adjs, noun = words[i - n_adj:i], words[i - 1 - n_adj]
        if all(a[:1].isalpha() and a not in _WHEN and _definite(a) == _definite(noun) and a[:1] != "و"
               and a not in _PREPOSITIONS and spelt(a) not in kb().function_words for a in adjs) \
                and (n_adj == 1 or adjs[0].endswith(("ي", "يه"))) and _attack_noun(noun):
            return True
    return False


def _blamed(article: Article, coder, sent, words: list[str], i: int, lo: int, actor_at, tok_starts) -> dict | None:
    """The one a verb of blaming (حمّل، تحمّل) names last before the word of responsibility right before the
    attack noun at words[i] (or before عن and it): "وحمل مسؤول تركي حزب العمال الكردستاني مسؤولية الهجوم",
    "تحملت داعش المسؤولية عن التفجير"; None when the noun stands in no such phrase."""
    r = i - 1
    if r > lo and words[r] == "عن":
        r -= 1
    if r <= lo or (words[r] not in _RESPONSIBILITY and _bare(words[r]) not in _RESPONSIBILITY):
        return None
    v = next((c for c in range(r - 1, max(lo, r - 12) - 1, -1)
              if words[c] in _BLAMING or _bare(words[c]) in _BLAMING), None)
    if v is None:
        return None
    last, last_end, c = None, -1, v + 1
    while c < r:
        x = actor_at.get(c)
        if x is not None and x["type"] in ("PER", "ORG"):
            last, c = _actor(x), max(c + 1, bisect_left(tok_starts, x["end"]))
            last_end = c
            continue
        if x is None and (nom := coder.nominal_actor(article, sent, words, c, c + 1)) is not None:
            last = nom
            c += max(1, len(nom["text"].split()))
            last_end = c
            continue
        c += 1
    while 0 <= last_end < r and words[last_end] in _QUOTES:
        last_end += 1
    return last if last_end == r else None  # (the one named right before the word of responsibility)


def _in_toll(words: list[str], kk: int, lo: int) -> bool:
    """The one named at words[kk] is among the dead or wounded of a toll told before it in its clause, a noun of
    death right after عن or إلى (أسفر عن مقتل 27 شخصًا من المدنيين والطلاب العسكريين)."""
    return any(words[p - 1] in _TOLL_PREPS and any(x.patient and x.type == "ASSAULT" for x in _starting(words[p]))
               for p in range(max(lo + 1, kk - 8), kk))


def _during_anothers_act(words: list[str], kk: int, j: int) -> bool:
    """The one named at words[kk], after the trigger ending at j, is in construct with a noun of an act
    right after "during" (خلال تسليم الطائرة السعودية، أثناء مرور دورية): the doer or the undergoer of
    that act, not who carried out the attack."""
    return kk >= j + 2 and _bare(words[kk - 2]) in _DURING and words[kk - 1][:1].isalpha() \
        and not _definite(words[kk - 1]) and not kb().role_of([words[kk - 1]]) and not kb().group_of([words[kk - 1]])


def _no_subject_after(k, t: Trigger, words: list[str], kk: int, j: int) -> bool:
    """The one named at words[kk], after the verb ending at j, is in construct with a noun that bears بـ or لـ
    right before it (نددت باعتقال الصحفيين، طالب بالإفراج): the genitive of a phrase, never the verb's subject."""
    if t.noun or kk <= j:
        return False
    w = words[kk - 1]
    stem = w[1:]
    return w[:1] in "بل" and len(stem) > 3 and _bare(w) == stem and not stem.startswith("ال") \
        and not (k.org_head(stem) or k.role_of([stem]) or k.group_of([stem]) or k.nationality_of(stem)) \
        and not (kk >= 2 and (_title_head(words[kk - 2]) or k.group_of([words[kk - 2]])))
    # (not the word that ties a title to whom it speaks for: "الناطق بلسان الخارجية التركية")


def _behind_pp_noun(words: list[str], kk: int, lo: int, actor_at: dict) -> bool:
    """The name at words[kk] is in construct with a noun behind a preposition (على احتلال داعش، بعد
    هجوم طالبان): the genitive of a phrase, no subject of the verb after it."""
    return kk - 2 >= lo and words[kk - 2] in _PHRASE_PREPS and actor_at.get(kk - 1) is None \
        and words[kk - 1][:1].isalpha() and not _definite(words[kk - 1]) \
        and not (kb().org_head(words[kk - 1]) or kb().role_of([words[kk - 1]]) or kb().group_of([words[kk - 1]]))
    # (not a body, a role or a group the name is of: "الوزراء في حكومة هادي", "مقاتلا في صفوف داعش")


# prepositions of a phrase of time, cause or topic before the clause's verb (not في or من, which
# also tell whom someone is of: "في صفوف داعش", "من طائرات التحالف")
_PHRASE_PREPS = frozenset(fold(w) for w in ("على", "عن", "حول", "خلال", "بعد", "قبل", "إثر", "عقب", "منذ"))


def _clause_before_verb(k, words: list[str], i: int, lo: int, actor_at: dict) -> int | None:
    """Where a relative clause (التي تسيطر على القطاع) or a participle's phrase naming no one (المتمركزة
    خارج أسوار الفلوجة) starts that stands between the verb at words[i] and its subject, within eight
    words, unbroken by punctuation; None when none does."""
    def participle(p: int) -> bool:
        return words[p].startswith("الم") and len(words[p]) > 6 and words[p].endswith(("ه", "ين", "ون")) \
            and p > lo and _definite(words[p - 1]) and p - 1 not in actor_at \
            and not k.group_of([words[p]]) and not k.role_of([words[p]]) \
            and not any(q in actor_at or k.group_of([words[q]]) for q in range(p + 1, i))
    r = next((p for p in range(i - 3, max(lo, i - 9), -1) if words[p] in _RELATIVES or participle(p)), None)
    if r is None or any(not w[:1].isalnum() for w in words[r:i]) or any(w in _RELATIVES for w in words[r + 1:i]):
        return None
    return r if words[r] not in _RELATIVES or _past_verb_by_use(words[r + 1]) or words[r + 1][:1] in "يت" else None


def _antecedent_behind_on(words: list[str], i: int) -> bool:
    """An indefinite word behind على stands right before the verb at `i`, with no و or ف on it: the
    antecedent of the clause the verb opens ("القبض على شاب أطلق النار")."""
    return i > 1 and words[i - 2] == "علي" and not _definite(words[i - 1]) and words[i][:1] not in "وف"


_SUSPECTED_OF = frozenset(fold(w) for w in ("يشتبه", "يعتقد", "يرجح", "بأنهم", "أنهم", "بأنه", "أنه", "بأنها",
                                            "أنها"))
_RESPONSIBILITY_STEMS = tuple(fold(w) for w in ("مسؤولية", "مسئولية", "المسؤولية", "المسئولية"))


def _claimer(coder, article, sent, words: list[str], i: int, lo: int, actor_at) -> dict | None:
    """Who claims the attack noun at words[i] behind "responsibility for" (أعلنت طالبان مسؤوليتها عن الهجوم،
    تبنى التنظيم المسؤولية عن التفجير): the person or body, or the unnamed group, named between the verb of
    announcing or claiming and the word of responsibility; None when there is none."""
    if i < 3 or words[i - 1] != "عن" or not _bare(words[i - 2]).startswith(tuple(r[:-1] for r in _RESPONSIBILITY_STEMS)):
        return None
    verb = next((v for v in range(i - 3, max(lo, i - 10) - 1, -1)
                 if _bare(words[v]) in _ANNOUNCING or _bare(words[v]) in _CLAIMS), None)
    return _first_party(coder, article, sent, words, verb + 1 if verb is not None else i - 2, i - 2, actor_at)


def _first_party(coder, article, sent, words: list[str], a: int, b: int, actor_at) -> dict | None:
    """The first person or body named, or unnamed group, starting in words[a:b]; None when the first
    name there is a place's, or there is none."""
    for k in range(a, b):
        x = actor_at.get(k)
        if x is not None:
            return _actor(x) if x["type"] in ("PER", "ORG") else None
        nominal = coder.nominal_actor(article, sent, words, k, k + 1)
        if nominal is not None:
            return nominal
    return None


def _main_subject_after(coder, article, sent, words: list[str], j: int, end: int, actor_at) -> tuple[dict, int] | None:
    """(the subject, the comma before it) of the clause that follows the phrase a noun ending at `j` opens
    the sentence with, past its relative clauses set off by commas ("في زيارته إلى كينيا، التي كانت للحديث
    عن التقدم السياسي، وجد الرئيس الأميركي"): the first person or body named, or unnamed, within three words
    after the verb that opens the clause; None when there is none."""
    comma = next((k for k in range(j, max(end, min(len(words), j + 30))) if words[k] in ("،", ",") and k + 1 < len(words)
                  and words[k + 1] not in _RELATIVES and words[k - 1] not in _RELATIVES
                  and not any(words[m] in _RELATIVES for m in range(max(j, k - 12), k)
                              if not any(words[c] in ("،", ",") for c in range(m, k)))), None)
    if comma is None or comma + 2 >= len(words) or not (
            _past_verb_by_use(words[comma + 1]) or any(not x.noun for x in _starting(words[comma + 1]))):
        return None
    subject = _first_party(coder, article, sent, words, comma + 2, min(len(words), comma + 5), actor_at)
    return (subject, comma) if subject is not None else None


_OF_THEM = frozenset(fold(w) for w in ("منهم", "منهما", "منهن"))
_WHERE_CLAUSE = frozenset(fold(w) for w in ("حيث", "وحيث", "بينما", "وبينما"))  # (not فيما: فيما سبق، فيما بينها)
_WHERE_WHILE = frozenset(fold(w) for w in ("حيث", "وحيث", "بينما", "وبينما", "فيما", "وفيما", "حين", "وحين"))


def _preverbal_subject(article, coder, sent, words, i, lo, actor_at, tok_starts):
    """(actor, first token) of a name or unnamed group that ends at most two words
    before the verb at `i`, inside its clause; None when there is none."""
    if i > 0 and (words[i - 1] == "كما" or words[i - 1] in _WHERE_WHILE):
        return None  # "بينهم القيادي الحوثي محمد المداني، كما استهدفت تجمعات": "as also", a clause of its own;
        # so are "where" and "while" ("سريبرينيتسا (البوسنة) حيث قتل حوالى ثمانية آلاف مسلم": no subject before)
    if _antecedent_behind_on(words, i) and (group := coder.kb.group_of([words[i - 1]])) is not None and group[0] == 1:
        # "ألقت الشرطة القبض على شاب أطلق النار على منزل": an indefinite one right before the verb, behind على,
        # is the antecedent of the clause the verb opens, its subject
        return {"entity": None, "text": sent[i - 1].text, "country": None, "sector": group[1]}, i - 1
    if any(_bare(words[k]) == _ON_BEHALF and words[k + 1] == "عن" for k in range(max(0, lo), i - 1)):
        return None  # "نيابة عن الأمير فيصل ... استقبل سمو الأمير بندر": on whose behalf, the subject follows
    edge = i  # where the words before the verb start that may stand between it and its subject
    aside = _past_aside(words, i)
    if aside < i and words[i][:1] == "و" and _bare(words[i]) != words[i]:
        return None  # "حرر الجيش النيجيري 178 شخصا محتجزين لدى حركة بوكو حرام، بينهم أكثر من 100 طفل، واعتقل":
        # a verb behind و past an aside goes on from the clause before, no subject of its own before it
    if aside < i:
        # "ثمانية أشخاص، بينهم طفلان، قتلوا": the aside stands between the subject and its verb
        # (or one closed by the comma only, from its "من": "خمسة عناصر من تنظيم القاعدة من بينهم قيادي، قتلوا")
        edge = next(k for k in range(i - 2, -1, -1) if words[k] in ("،", ",")
                    or (words[k] == "من" and words[k + 1] in _ASIDES))
    elif words[i][:1] != "و" and (r := _clause_before_verb(coder.kb, words, i, lo, actor_at)) is not None \
            and (before := _preverbal_subject(article, coder, sent, words, r, lo, actor_at, tok_starts)) is not None:
        # "اجهزة الامن التابعة لحماس التي تسيطر على القطاع اعتقلت", "المعارضة التي يدعمها الغرب رفضت": a
        # relative clause stands between the subject and its verb, or a participle's ("القوات العسكرية
        # المتمركزة خارج أسوار الفلوجة أطلقت") (not a verb behind و, which goes on from
        # its own clause: "ورفضه الدوسري الذي وافق على الثاني ورفضه الدبل")
        return before
    elif i >= 3 and words[i - 1] in _DASHES:
        # "جولد – وهو مستشار قديم لنتنياهو – عقد اجتماعا": so does one between dashes, the
        # subject in the clause before it
        opening = next((k for k in range(i - 2, max(0, i - 14) - 1, -1) if words[k] in _DASHES), None)
        if opening is not None and opening > 0:
            start = min(lo, _clause(words, opening - 1, opening)[0])
            # (the subject after "أن": "قال مسؤولون إن جولد – ... – عقد", not those who said it)
            that = next((k for k in range(opening - 1, start - 1, -1) if _bare(words[k]) in ("ان", "انه")), None)
            edge, lo = opening, that + 1 if that is not None else start
    for kk in range(edge - 1 if edge < i else i - 1, max(lo, edge - 7) - 1, -1):
        x = actor_at.get(kk)
        if x is not None and x["type"] == "LOC" and _locative(words, kk) \
                and (bisect_left(tok_starts, x["end"]) >= edge - 1 or _is_country(x)):
            # (a country "in" which, even with a phrase of time after it, is no subject: "هاجمت سيارة في
            # جنوب اليمن خلال الليل وقتلت")
            # "الطائرات في سوريا قصفت", "على الحدود مع النيجر أضرم": a place between says where
            edge = kk - 1 if kk > lo and words[kk - 1] in _LOCATIVE else kk
            continue
        if x is None and words[kk] in _LOCATIVE and 2 <= edge - kk <= 3 \
                and strip_article(words[kk + 1]) in _DIRECTIONS:
            # "المقاومة الشعبية في محافظة إب تعهدت": a place the gazetteer lacks, named by its kind
            edge = kk
            continue
        if x is not None and x["type"] == "LOC" and _to_place(words, kk):
            return None  # "للذهاب إلى الإمارات فتم القبض علي": where one was going is no subject
        if x is not None and x["type"] in ("ORG", "PER") and (wk := _workplace(words, kk, lo)) is not None:
            edge = wk  # "أربعة إيطاليين يعملون في شركة بوناتي قد اختطفوا": where those before work is no subject
            continue
        if x is not None and _side_of_between(words, kk, lo):
            return None  # "ولاطلاعه على الأوضاع على الحدود بين لبنان وإسرائيل زار": a side of "between"
        if x is not None and x["type"] != "LOC" and any(
                _among(words[p], _ATTRIBUTION) for p in range(max(lo, kk - 3), kk)):
            return None  # "وبحسب بيان لرئاسة الإقليم أشاد العطية": who the account is by is no subject
        if x is not None and x["type"] != "LOC" and _behind_pp_noun(words, kk, lo, actor_at):
            return None  # "مع مرور عام على احتلال داعش قضاء سنجار تظاهر": in construct with a noun behind a
            # preposition, no subject
        if x is not None and not _is_outlet(x) and x["type"] != "LOC" and kk - 1 > lo and _behind_pp(words, kk) \
                and bisect_left(tok_starts, x["end"]) >= edge - 2:
            # "وكانت تركيا العضو في الحلف الأطلسي قد رفضت", "مسؤولون في الحكومة قالوا": a body behind
            # a preposition qualifies the subject before it, when one is named there (else it stands
            # for it: "قسم حقوق الإنسان في منظمة الدول الأمريكية دعا")
            named = _preverbal_subject(article, coder, sent, words, kk - 1, lo, actor_at, tok_starts)
            if named is None and _prep_before(words, kk) in _WITH_PREPS:
                return None  # "وبعد انتهاء المفاوضات مع إيران هددت المملكة": who the talks were with is no subject
            return named if named is not None else (_actor(x), kk)
        if x is not None and not _is_outlet(x):
            end = bisect_left(tok_starts, x["end"])
            if (words[kk][:1] in "لب" and _bare(words[kk]) != words[kk] and x["type"] == "LOC") \
                    or (x["type"] == "LOC" and kk - 1 > lo and words[kk - 1][:1] in "لب"
                        and _bare(words[kk - 1]) != words[kk - 1] and len(_bare(words[kk - 1])) > 2) \
                    or _prep_before(words, kk) in _WITH_PREPS:
                # (nor a place in construct with a noun behind one: "في مناشدة ليهود أميركا عبر الإنترنت
                # رفض رئيس الوزراء الإسرائيلي")
                return None  # "وقدمت السعودية مساعدات لليمن وأرسلت", "المفاوضات مع إيران هددت": no subject
                # behind a preposition
            if end >= edge - 2 and x["type"] == "ORG" and words[kk][:1] == "ل" and (holder := next(
                    ((_actor(y), k2) for k2, y in sorted(actor_at.items(), reverse=True)
                     if lo <= k2 < kk and y["type"] == "PER"
                     and _titled_body(words, bisect_left(tok_starts, y["end"]), kk)), None)) is not None:
                return holder  # "اللواء محمد الغامدي المتحدث الرسمي للمديرية العامة لحرس الحدود أدان": the
                # body is in the title of the man named before it, who is the subject
            return (_actor(x), kk) if end >= edge - 2 else None
        if kk >= i - 3 and _owned_group(coder.kb, words[kk]):
            # "أعلن الجيش الأمريكي أن قواته قتلت": its forces are the owner's
            # (a body coded, not the medium it spoke on: "على صفحته في موقع «فيسبوك»، إن مقاتليه")
            owner = [y for kk2, y in sorted(actor_at.items()) if kk2 < kk and not _is_outlet(y)
                     and (y.get("country") or y.get("sector"))]
            if owner:
                return _actor(owner[-1]), kk
        nominal = coder.nominal_actor(article, sent, words, kk, kk + 1)
        if nominal is not None and _side_of_between(words, kk, lo):
            return None  # "وفيما يخص العلاقات الثنائية بين البلدين الشقيقين فقد أشاد": a side of "between"
        if nominal is not None:
            end = kk + len(nominal["text"].split())
            nominal, kk = _widened(article, coder, sent, words, kk, lo, nominal)
            return (nominal, kk) if end >= edge - 2 else None
    return None


# prepositions whose object qualifies the noun before them (العضو في الحلف، مسؤولون في الحكومة; not
# من, whose group is who they are: "خمسة أفراد من قوات الأمن قتلوا")
_PP_HEADS = frozenset(fold(w) for w in ("في", "على", "عن", "مع", "إلى", "لدى"))
# the words that may stand before a verb that opens its clause, its subject after it (وقد وصل)
_VERB_FIRST = frozenset(fold(w) for w in ("قد", "وقد", "فقد", "لقد", "ثم", "كما", "حيث", "وحيث"))
_POSSESSIVES = ("هما", "ها", "هم", "ه")  # longest first: the first a word ends in is its pronoun


def _object_pronoun(t, words: list[str], i: int) -> bool:
    """The pronoun on the noun in ة at words[i] is what is acted on, and the noun tells no event
    of a party: help, whose pronoun is mostly a person helped (سيتمكن من مساعدته، نريد مساعدتهم), or
    a visit to what the pronoun is, after تم or إلى or behind ب or ل (تم زيارتهم، يتشوقون إلى زيارتها،
    المكان الأمثل لزيارته)."""
    if t.type == "AID":
        return True
    return t.mode == "visit" and (_behind_bi_or_li(words[i]) or _done_or_to(words, i))


def _behind_bi_or_li(w: str) -> bool:
    """The preposition ب or ل is on `w` (بزيارتها، لزيارته; not لقائه, whose ل is its own)."""
    return w[:1] in "بل" and _bare(w) == w[1:]


def _done_or_to(words: list[str], i: int) -> bool:
    """words[i] follows a verb of "it was done" or إلى: what is done or gone to (تم زيارتهم، إلى زيارتها)."""
    return i > 0 and (words[i - 1] in _DONE or words[i - 1] in ("الي", "والي"))


# the events whose noun's pronoun is who acts (لقائه، زيارته، استقالته، هجماتها), not who is acted
# on, as it may be after a noun of helping, raiding or threatening (مساعدته، مداهمته، تهديده)
# the events one has with another (تعاون، تنسيق، اتفاق مع): who announces having one is a party to it
_JOINT = frozenset({"COOPERATE", "AGREE", "CONSULT"})
# the events whose verb takes an object who is called on, blamed, backed or turned down
_ADDRESSED = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN"})
_MANY = frozenset(fold(w) for w in ("كثير", "الكثير", "عدد", "العديد", "بعض", "مجموعة", "عشرات", "مئات"))  # ... من
_FORMER = frozenset(fold(w) for w in ("السابق", "السابقة", "الأسبق", "الأسبقة", "الراحل", "الجديد", "الحالي"))
_OWNED_TYPES = frozenset({"CONSULT", "RETREAT", "REQUEST", "ASSAULT", "COOPERATE", "AGREE", "REJECT",
                          "PROTEST", "MOBILIZE", "ACCUSE", "SANCTION"})


def _owned(t, words: list[str], i: int, j: int) -> bool:
    """The pronoun on the event noun words[i] is its author's: of a type whose noun names who acts,
    not the signing of a document (توقيعها: signing it); a condemnation only when its object
    follows behind ل (إدانته الشديدة للاعتداء) or it is what one voices (أعرب عن إدانته; not "بعد
    إدانته" or "اتهامهم في قضايا": who is convicted or accused); support or aid only when whom it goes to
    follows behind ل (دعمها للجيش; not "على دعمه", supporting him)."""
    if t.type in ("SUPPORT", "AID") and not _bare(words[i]).startswith(_SIGNING):
        return j < len(words) and _for(words[j])  # "دعمها للجيش": hers who gives it to the one after ل
    if t.type not in _OWNED_TYPES or _bare(words[i]).startswith(_SIGNING):
        return False
    if t.type == "ACCUSE":
        return t.mode == "disapprove" and ((i > 0 and _bare(words[i - 1]) == "عن")
                                           or any(_for(w) for w in words[j:j + 3]))
    return True


def _pronoun_owner(article, coder, sent, words: list[str], i: int, lo: int, actor_at, tok_starts,
                   pronoun: str) -> dict | None:
    """Who the possessive `pronoun` on the event noun at `i` stands for (خلال لقائه، في زيارتها): the
    last person, body or country named before it in its sentence, within sixteen words, if it stands
    behind no preposition (not "أعرب عن تقديره للوزارة خلال لقائه": the ministry is thanked); a
    person is no "ها" nor "هم" (وتعهدهم: not a name inside what they condemned); an outlet named
    there may be a "ها" (الشكر للجزيرة على اهتمامها وتعاونها: the paper's), so none further back
    is. None when there is none."""
    feminine = pronoun == "ها"
    floor, counted = i, 0  # (sixteen words: quotes and commas are not counted)
    while floor > 0 and counted < 16:
        floor -= 1
        counted += words[floor][:1].isalnum()
    spans: dict[int, tuple[int, dict]] = {}
    for k0, x in actor_at.items():  # (and twelve more, for one who goes along with another named before him)
        if max(0, floor - 12) <= k0 < i and (x["type"] in ("PER", "ORG") or _is_country_place(x)):
            for kk in range(k0, min(i, bisect_left(tok_starts, x["end"]))):
                spans[kk] = (k0, x)
    kk = i - 1
    while kk >= floor:
        w = words[kk]
        if w in (".", "؟", "!", ":", "؛"):
            break
        hit = spans.get(kk)
        if hit is None and w[:1] == "و" and kk > floor and words[kk - 1] in ("،", ",") and _past_verb_by_use(w[1:]) \
                and kk + 1 < i and actor_at.get(kk + 1) is None \
                and coder.nominal_actor(article, sent, words, kk + 1, kk + 2) is None:
            # "وفرضت الولايات المتحدة ... العقوبات ...، وأضافت إلى قائمة عقوباتها": past a comma, a verb
            # behind و with no subject after it goes on with the sentence's first, whose the pronoun is
            first_subject = next((x for k0, x in sorted(actor_at.items()) if 1 <= k0 <= 2 and k0 < kk
                                  and _verb_first(words, k0 - 1)
                                  and (x["type"] in ("PER", "ORG") or _is_country_place(x))), None)
            return _actor(first_subject) if first_subject is not None else None
        if hit is not None and _is_outlet(hit[1]):
            if feminine:
                return None
            kk = hit[0] - 1
            continue
        found, first = (_actor(hit[1]), hit[0]) if hit else (None, kk)
        if found is None:
            nominal = coder.nominal_actor(article, sent, words, kk, kk + 1)
            if nominal is not None:
                found, first = _widened(article, coder, sent, words, kk, floor, nominal)
        if found is None:
            kk -= 1
            continue
        company = next((r for r in range(first - 1, max(0, first - 12) - 1, -1) if words[r] in _ACCOMPANYING), None)
        if company is not None:
            # "وقف مدير التعليم محمد الحارثي، يرافقه المهندس حسين قدح، ... إلى جانب زيارته": who goes along is
            # not whose the visit is; the one he goes with is, named before him
            kk, floor = company - 1, min(floor, max(0, company - 12))
            continue
        if any(words[r] in _RELATIVES and words[r - 1] in ("،", ",") for r in range(max(floor, first - 8), first)) \
                and any(words[c] in ("،", ",") for c in range(first + 1, i)):
            # "ويبدأ غابريال، الذي يشغل منصب نائب المستشارة أنجيلا ميركل ووزير الطاقة، زيارته": a
            # name inside an aside on the owner is not the owner
            kk = next(r for r in range(first - 1, max(floor, first - 8) - 1, -1) if words[r] in _RELATIVES) - 2
            continue
        behind = _prepositional(words[first]) or _for(words[first]) or _has_bi(words[first]) or (first > 0 and (
            words[first - 1] in _TARGET_PREPS or words[first - 1] in _LOCATIVE or words[first - 1] == "من"
            or (first > 1 and strip_article(words[first - 1]) in _DIRECTIONS and words[first - 2] in _LOCATIVE)
            or _bare(words[first - 1]) in _ATTRIBUTION
            or _for(words[first - 1]) or _has_bi(words[first - 1]) or _prepositional(words[first - 1])))
        # (nor in construct with a noun behind one: "تقديره لجهود وزارة الداخلية")
        if pronoun == "هم" and hit is not None and _is_country_place(hit[1]):
            kk = first - 1  # "وفد ...، أن مصر تمضي ...، مشيرين إلى أن زيارتهم": a country is no "they"
            continue
        if pronoun == "ه" and hit is not None and _is_country_place(hit[1]) \
                and fold(hit[1]["text"]) not in _MASCULINE_COUNTRIES and words[first] not in _MASCULINE_COUNTRIES:
            kk = first - 1  # "نشاط إيران المؤذي، كما سبق وأعلن خلال زيارته": a country is a "she", no "his"
            continue
        if not behind and first > floor + 1 and hit is not None and _is_country_place(hit[1]) \
                and strip_article(words[first - 1]) in _DIRECTIONS and words[first - 1] != "مدينة" \
                and words[first - 2] not in _LOCATIVE:
            kk = first - 1  # "وسعت المقاومة الشعبية في محافظة البيضاء وسط اليمن محيط هجماتها": where the
            continue  # place named before it lies is no owner
        if behind and first > floor + 1 and words[first][:1] == "ل" and (
                (words[first - 1][1:] if words[first - 1][:2] == "وا" else words[first - 1]) in _BACKING_OR_OPPOSING):
            kk = first - 2  # "جبهة النصرة الموالية لتنظيم القاعدة والمناهضة لتنظيم داعش، قد أعلنت ...
            continue  # انسحابها": whom the one named before backs or opposes is not its owner
        if behind and hit is not None and first > floor and words[first - 1] in _LOCATIVE \
                and (_is_country_place(hit[1]) or hit[1]["type"] == "ORG"):
            kk = first - 2  # "دعا مجلس المطارنة الموارنة وهو أعلى مؤسسة دينية مسيحية في لبنان في بيان بعد اجتماعه",
            continue  # "مالكولم هونلاين، وهو من أبرز الشخصيات في الكونغرس، عن معارضته ... خلال زيارته": where something
            # or someone is is no party that stands behind a preposition
        if behind:
            # the nearest one named stands behind a preposition: the owner is no one named near
            # ("بالبيان الصادر عن لجنة مبادرة السلام في اجتماعها": not the council further back)
            return None
        if feminine and (hit is None or (hit[1]["type"] == "ORG" and (
                coder.kb.org_head(words[first]) or coder.kb.group_of([words[first]])))) \
                and not strip_article(_bare(words[first])).endswith(("ه", "ات")) \
                and not (first > 0 and words[first - 1].endswith(("ه", "ات")) and coder.kb.group_of([words[first - 1]])):
            kk = first - 1  # "مساعدة الجيش اليمني ...، إلى جانب دعمها للجيش": "her" is no masculine
            continue  # body's (but "الكتيبة الإماراتية", "القوات", "وزارة الداخلية", and "طائرات التحالف ... غاراتها")
        if feminine and hit is None and coder.kb.role_of([words[first]]) is not None and not words[first].endswith("ه"):
            kk = first - 1  # "وندي شيرمان، مساعدة وزير الخارجية الأميركي، خلال زيارتها": a man's title is no "her"
            continue
        if not (pronoun in ("ها", "هم") and found.get("kind") == "PER") or (feminine and (
                _woman_titled_after(coder.kb, words, tok_starts, hit[1]) or _woman_titled(words, tok_starts, hit[1]))):
            return found
        kk = first - 1
    return None


def _woman_titled_after(k, words: list[str], tok_starts: list[int], person: dict) -> bool:
    """The person's name is followed, past a comma, by a title in the feminine, or a feminine noun in
    construct with a title (وندي شيرمان، مساعدة وزير الخارجية): "her" may be hers."""
    at = bisect_left(tok_starts, person["end"])
    if at < len(words) and words[at] in ("،", ","):
        at += 1
    return at < len(words) and words[at].endswith("ه") and len(words[at]) > 3 and (
        k.role_of([words[at][:-1]]) is not None or (at + 1 < len(words) and k.role_of([words[at + 1]]) is not None))


def _to_place(words: list[str], k: int) -> bool:
    """The place at `k` is where someone goes: right after إلى (للذهاب إلى الإمارات)."""
    return k > 0 and _TARGET_PREPS.get(words[k - 1]) == "to"


def _widened(article, coder, sent, words, kk: int, lo: int, nominal: dict) -> tuple[dict, int]:
    """(actor, first token) of the unnamed actor that a scan going backwards met at `kk`,
    widened to the noun up to two words before it whose actor spans it: in "الجنود العراقيين
    قتلوا" the nationality met first belongs to the soldiers."""
    end = kk + len(nominal["text"].split())
    for back in range(kk - 1, max(lo, kk - 2) - 1, -1):
        wider = coder.nominal_actor(article, sent, words, back, back + 1)
        if wider is not None and back + len(wider["text"].split()) >= end:
            return wider, back
    return nominal, kk




def _fronted_subject(article, coder, sent, words: list[str], comma: int, actor_at):
    """(actor, first token) of a subject that "إن/أن", "أما" or an opening كان puts before a comma and its
    verb ("إن مهاجما انتحاريا من حركة طالبان، فجر", "أما الائتلاف الوطني السوري المعارض،
    فقد دعا"): a named actor in that stretch, else the unnamed one right after إن; None
    when the stretch does not start with إن/أن/أما."""
    c = next((k for k in range(comma - 1, max(-1, comma - 9), -1)
              if words[k] in _COMPLEMENTIZERS or words[k] in _TOPIC), None)
    if c is None and 0 < comma <= 12 and words[0] in _KANA and not (
            comma + 2 < len(words) and words[comma + 1][:1] == "و" and _definite(words[comma + 2])):
        # (and كان opening the sentence: "وكانت منظمة هيومن رايتس ووتش لحقوق الإنسان، اتهمت"; not before a
        # verb behind و with its own subject after it: "وكانت الشركة ... قد استعانت بلجنة، وانتقدت اللجنة")
        c = 0
    if c is None or any(w in _BREAKS for w in words[c + 1:comma]):
        return None
    named = [(x, k) for k, x in sorted(actor_at.items()) if c < k < comma and x["type"] in ("PER", "ORG")
             and not _is_outlet(x)]
    if named:
        return _actor(named[-1][0]), named[-1][1]
    nominal = coder.nominal_actor(article, sent, words, c + 1, c + 2)
    return (nominal, c + 1) if nominal is not None else None


_NEGATION = frozenset(_WORDS["negation"])  # لا، لم، لن، ليس
_OPEN_BEFORE = frozenset(_WORDS["open-before"])  # لدى، أن، كما: no noun before "المملكة" takes it in construct
_KINGDOM_NAME = frozenset(_WORDS["kingdom-name"])  # المملكة المتحدة، المملكة العربية السعودية
_OR = frozenset({fold("أو")})  # the conjunction "or"
_SAME = frozenset(_WORDS["same"])  # "المحكمة ذاتها": named again
_MAKING_IT = frozenset(_WORDS["making-it"])  # "يقوم بها": who makes it
_FIGURATIVE = frozenset(_WORDS["figurative"])  # "انفجار الأسعار": a figure of speech
_DEMANDING_HAL = frozenset(_WORDS["demanding-hal"])  # "، مطالبة": a participle of demanding, or a noun
_CONSEQUENCE = frozenset(_WORDS["consequence"])  # فقد، فلن، فيجب: a clause of its own behind ف
_TO = fold("إلى")
_PRONOUN_OBJECTS = frozenset(fold(p + x) for p in ("علي", "مع", "ضد", "إلي") for x in ("ه", "ها", "هم", "هما"))
_SEARCHED_FOR = frozenset(_WORDS["searched-for"])  # "يبحث عنها": searches for it
_OWN_NAME = frozenset(_WORDS["own-name"])  # "رفض نشر اسمه": refused to have his name published
_DISCLOSING = frozenset(_WORDS["disclosing"])
_COMMENT = frozenset(_WORDS["comment"])  # "رفض التعليق": refused to comment
_TOOK_PLACE = frozenset(_WORDS["took-place"])  # "المشاورات التي جرت": the talks happened
_KILLED_IN = frozenset(fold(w) for w in ("قتل", "قتلت", "جرح", "جرحت", "قتلوا", "جرحوا"))  # before في: passive
_HELPING = fold("مساعدة")
_ON_IN = frozenset(fold(w) for w in ("على", "في"))
_LAWS = frozenset(_WORDS["law"])  # "وبتوقيع الرئيس على هذا القانون": a law signed, no agreement
_ENDANGERED = frozenset(_WORDS["endangered"])  # "يهدد فرص النمو": endangers, threatens no one
_RESOLUTION = frozenset(_WORDS["resolution"])  # "قرار مجلس الأمن": whose resolution it is
_TALKS_AND_DEALS = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_DIRECTIVE = frozenset(_WORDS["directive"])  # "تنفيذا لتوجيهات": on whose instructions
_HIS_COUNTRY = frozenset(_WORDS["his-country"])  # بلاده: the country of the one named before
_ORIGIN = frozenset(_WORDS["origin"])  # "قصف مصدره قوات الأسد": its source
_PREMISES = frozenset(_WORDS["premises"])  # "مبنى نقابة المهندسين": whose building
_REPRESENTED_BY = frozenset(_WORDS["represented-by"])  # "ممثلة في": who represents the one before
_DENYING = frozenset(_WORDS["denying"])  # "الاتهام الذي نفاه": who denies it
_STRUCK_THINGS = frozenset(_WORDS["struck-thing"])  # "أهدافا لحزب العمال": whose targets were hit
_BREACH = frozenset(_WORDS["breach"])  # "في خرق لقرار الأمم المتحدة": what an act breaches
_ACTIVE_ONLY = tuple(_WORDS["active-only"])  # verbs of violence whose passive is spelt apart (هوجم)


def _counted_after(k, t: Trigger, words: list[str], j: int, named: set[int] | frozenset[int] = frozenset()) -> bool:
    """A violent verb followed by a count names its victims: "قتل 4 جنود" is passive
    in unvowelled text ("4 soldiers were killed"), and they are its target; not past a
    name (`named`: where people and bodies are named), its subject ("وخطفت جبهة النصرة
    ثمانية عناصر")."""
    if t.type not in _KILLING or t.noun or t.words[0].startswith(_ACTIVE_ONLY) or _object_on_verb(words[j - 1], t):
        return False  # (a verb whose passive is spelt apart is active: "هاجمت امرأتان مسلحتان القنصلية"; so is
        # one that carries its object: "قتلتهم قوات الأمن")
    freq = word_frequencies() or {}
    for x, w in enumerate(words[j:j + 6], j):  # "قتلت ما لا يقل عن 60 مدنيا"
        if x in named:
            return False
        if k.is_count(w) or (len(w) >= 5 and w.endswith("ان") and not _definite(w)
                             and freq.get(w[:-2], 0) > freq.get(w, 0)):
            return True  # (a dual counts two: "قتل عنصران من القوات الكردية"; لبنان is no two لبن)
        if x == j and _bare(w) in _MANY_OF:
            return True  # "وقتل بعض الأجانب", "قتل عدد من الجنود": some of them, the ones killed
        group = k.group_of([w])
        if group and w.endswith(("تين", "تان")):
            return True  # a feminine dual counts two: "فقتل امرأتين"
        if x == j and w.endswith("ا") and not w.endswith("ات") and not _definite(w) and x + 1 < len(words) \
                and (group or k.group_of([w[:-1]]) or k.role_of([w[:-1]])):
            nxt = words[x + 1]
            if nxt[:1].isalpha() and not _definite(nxt) and not nxt.endswith("ا") and _bare(nxt) == nxt \
                    and nxt not in _LOCATIVE and nxt not in _TARGET_PREPS and not k.is_count(nxt) \
                    and (k.group_of([nxt]) or k.org_head(nxt)):
                return True  # a dual in construct: "وقتل ضابطا شرطة" two police officers were killed
                # (not "قتل جنديا إسرائيليا": the one killed, an adjective after him)
        if group and x == j and not _definite(w) and x + 2 < len(words) and _bare(words[x + 1]) in _CAUSES \
                and _attack_noun(words[x + 2]):
            return True  # "وقتل جندي في هجوم": one killed in an attack, not one who killed
        if not w[:1].isalpha() or k.role_of([w]) or group or w in _LOCATIVE or w in _TARGET_PREPS:
            return False  # (not "قصف مدفعي للحوثيين في مقتل 43": the count is another noun's)
    return False


def _named_victim(k, t: Trigger, words: list[str], j: int, actor_at, tok_starts) -> bool:
    """A person or a group named right after a killing verb, with title, body and
    adjectives, and then an attack as its cause: the verb is passive, the one named its
    victim ("وقتل القيادي في حركة الشباب أحمد عبدي في غارة جوية أمريكية", "قتل النائب العام
    المستشار هشام بركات في تفجير", "وقتل الجندي التركي في هجوم شنه مسلحون"); not "قتل الجيش
    خمسة مسلحين في غارة", nor "وقتل الجيش أحمد عبدي في غارة", which name whom the army killed; nor a
    verb that carries its object ("التي قتلها المسلحون في هجوم": who follows killed her)."""
    if t.type not in _KILLING or t.noun or _object_on_verb(words[j - 1], t):
        return False
    x = j
    group = False  # a group named (الجندي، الجيش): the victim only if no one follows it
    while x < min(len(words), j + 8):
        a = actor_at.get(x)
        if a is not None and a["type"] == "PER":
            if group:
                return False  # "وقتل الجيش أحمد عبدي في غارة": the army killed him
            end = bisect_left(tok_starts, a["end"])
            while end < len(words) - 1 and words[end] in _QUOTES:
                end += 1  # (past the quotation mark that closes the name: وقتل "أبو محمد" في غارة)
            return end + 1 < len(words) and _bare(words[end]) in _CAUSES and _attack_noun(words[end + 1])
        if a is not None and a["type"] == "ORG":
            x = max(x + 1, bisect_left(tok_starts, a["end"]))
            continue
        if x > j and _bare(words[x]) in _CAUSES and x + 1 < len(words) and _attack_noun(words[x + 1]):
            # the attack right after the title or the group: the one named died in it (not
            # "في غارة ثلاثة مسلحين", an object after it)
            return not any(k.is_count(w) or w[:1].isdigit() for w in words[x + 2:x + 5])
        if k.group_of([words[x]]):
            if group:
                return False  # "وقتل مسلحون جنديا في هجوم": the subject, then the object
            group = True
            x += 1
            continue
        if words[x] in ("في", "من") or k.role_of([words[x]]) or (words[x] in _QUOTES and x + 1 < len(words)
                                                                  and words[x + 1][:1].isalpha()):
            x += 1  # (and the quotation mark that opens a name)
            continue
        if _definite(words[x]):
            x += 1  # a word of the title the lexicons lack, or an adjective (القيادي، العام، التركي)
            continue
        return False
    return False


_BREAKS = {".", ":", "؛", ";", "،", ","}


def _harm(w: str) -> bool:
    """A word telling that people were killed or hurt (event_words.tsv, "harm")."""
    b = _bare(w)
    return b.startswith(_HARM) or any(x.startswith(_HARM) for x in _present_stems(b))


def _aged(sent, j: int) -> bool:
    """A name and an age in brackets right after the verb ending at `j` ("قتل محمد علاونة (22
    عاما)"): news gives the age of those killed or held, so the verb is passive."""
    for k in range(j, min(len(sent), j + 5)):
        if sent[k].text == "(":
            return k > j and k + 2 < len(sent) and sent[k + 1].text[:1].isdigit() and \
                sent[k + 2].norm.startswith(("عام", "سن"))
        if not sent[k].text[:1].isalpha():
            return False
    return False


def _bracketed(words: list[str], a: int, b: int) -> set[int]:
    """The positions in words[a:b] of asides in round brackets, the brackets with them."""
    out: set[int] = set()
    k = a
    while k < b:
        if words[k] == "(":
            close = next((c for c in range(k + 1, min(b, k + 8)) if words[c] == ")"), None)
            if close is not None:
                out.update(range(k, close + 1))
                k = close
        k += 1
    return out


def _cause_at(words: list[str], i: int, lo: int) -> int | None:
    """Where the cause word of the attack noun at words[i] stands (at `lo` or after): right
    before it, before a demonstrative (في هذا الهجوم) or a noun of number (في سلسلة
    تفجيرات، في موجة من الهجمات); None when there is none."""
    k = i - 1
    if k - 2 >= lo and words[k] == "من" and _bare(words[k - 1]) in _SERIES:
        k -= 2
    elif k - 1 >= lo and (words[k] in _DEMONSTRATIVES or _bare(words[k]) in _SERIES):
        k -= 1
    return k if k >= lo and _bare(words[k]) in _CAUSES and not (k > lo and words[k - 1] == _EVEN) else None
    # ("حتى بعد انسحاب القوات": even after, a time, no cause)


def _cause_authors(article, coder, sent, words: list[str], c: int, actor_at) -> list[dict]:
    """Who carried out the event noun at words[c] that caused another (`_cause_author`), with
    the actors joined to them by و right after (القصف العشوائي للحوثيين وقوات صالح)."""
    first = _cause_author(article, coder, sent, words, c, actor_at)
    if first is None:
        return []
    out = [first]
    if first.get("entity") is None:
        return out
    tok_starts = [tk.start for tk in sent]
    end = bisect_left(tok_starts, next(x["end"] for x in actor_at.values() if x["id"] == first["entity"]))
    while end < len(words):
        if words[end] in ("،", ",") and end + 1 < len(words) and words[end + 1][:1] == "و" \
                and (y := actor_at.get(end + 1)) is not None and y.get("sector") in _ARMED:
            end += 1  # (past a comma: "بغارات طائرات التحالف الدولي، والجيش العراقي")
        if not (words[end][:1] == "و" and actor_at.get(end) is not None and actor_at[end]["type"] in ("PER", "ORG")):
            break
        x = actor_at[end]
        out.append(_actor(x))
        end = bisect_left(tok_starts, x["end"])
    return out


def _conduct_before(t, words: list[str], j: int, k: int) -> bool:
    """The one named at words[k], a few words into a condemnation's, a rejection's or a protest's
    complement, stands right after a noun of conduct (event_words.tsv `conduct`): whose act it aims at."""
    return t.type in ("ACCUSE", "REJECT", "PROTEST") and j < k <= j + 8 and strip_article(_bare(words[k - 1])) in _CONDUCT


def _killed_by_cause(words: list[str], j: int, n: int) -> bool:
    """A word that says "because of" (جراء، إثر، نتيجة، بسبب) among the fourteen words after words[j],
    in its sentence, before any other verb's clause opens with و."""
    for c in range(j + 1, min(n, j + 14)):
        if words[c] in (".", "؛", ";", "؟", "!") or (words[c][:1] == "و" and _past_verb_by_use(words[c][1:])):
            return False
        if _bare(words[c]) in _CAUSE_WORDS and c + 1 < n and words[c + 1][:1].isalpha():
            return True
    return False


def _launching_at(words: list[str], c: int) -> bool:
    """words[c] is a noun of launching with a projectile or fire a few words on, past who launched it
    in construct ("نتيجة إطلاق ميليشيا الحوثي والمخلوع علي صالح قذائف", "جراء إطلاق مسلحين النار"): an
    attack."""
    return strip_article(_bare(words[c])) in _LAUNCHING and any(
        _bare(w) in _PROJECTILES or strip_article(_bare(w)) in _FIRE_NOUNS for w in words[c + 2:c + 10])


def _received_at(words: list[str], j: int, end: int) -> tuple[int, int] | None:
    """Where the one who received a noun of support ending at words[j] is named, and where the "من" of the
    one who gave it stands, when up to two adjectives after the noun a relative clause opens with a verb of
    receiving (event_words.tsv receiving-aid): "الدعم اللامحدود الذي تحظى به مستشفى الولادة من قبل
    القيادات", "بالدعم غير المحدود الذي يحظى به حرس الحدود من خادم الحرمين الشريفين"; None when none does."""
    for r in range(j, min(end - 1, j + 3)):
        if words[r] in ("الذي", "التي") and words[r + 1] in _RECEIVING_AID:
            at = r + 2 + (r + 2 < end and words[r + 2] in ("به", "بها"))
            giver = next((m for m in range(at, min(end, at + 12)) if words[m] in ("من", "ومن")), end)
            return at, giver
        if not _definite(words[r]) and words[r] != "غير":
            return None
    return None


def _attack_noun_before(sent, words: list[str], i: int) -> int | None:
    """Where the attack noun starts that the verb of aiming at words[i] follows as its subject,
    with no article and up to two words after it (في هجوم انتحاري استهدف كمينا, بعد تفجيرين
    انتحاريين استهدفا, غارات جوية استهدفت): the attack the verb tells again; None if it follows none."""
    if _bare(words[i]) not in _AIMING:
        return None
    found = None
    for k in range(i - 1, max(-1, i - 4), -1):
        w = words[k]
        if not w[:1].isalpha() or spelt(w) in kb().function_words:
            break
        if not w.startswith("ال") and any(x.type == "ASSAULT" and x.noun for x in _starting(w)):
            found = sent[k].start  # (the first of them: "هجوم انتحاري")
    return found


def _cause_opened(sent, words: list[str], at: int) -> bool:
    """The attack noun starting at offset `at` is opened as a cause, "في هجوم", "بعد تفجيرين",
    "جراء غارة", "بهجوم" (not "بعد أيام من هجوم": another, earlier attack)."""
    k = next(k for k, tk in enumerate(sent) if tk.start == at)
    return (words[k][:1] == "ب" and not words[k].startswith("بال")) or (k > 0 and words[k - 1] in _CAUSE_OPENERS)


# what opens the attack that caused a killing told before it: "قتلوا في هجوم", "بعد تفجيرين", "جراء غارة"
_CAUSE_OPENERS = frozenset(fold(w) for w in ("في", "جراء", "إثر", "بعد", "خلال"))


def _cause_author(article, coder, sent, words: list[str], c: int, actor_at) -> dict | None:
    """Who carried out the event noun at words[c] that caused another: its
    nationality adjective (ضربة جوية أميركية) or an actor it belongs to (هجوم لطالبان)."""
    launching = _launching_at(words, c)
    attack = launching or any(x.type == "ASSAULT" for x in _starting(words[c]))
    for b in range(c + 1, min(len(words), c + 4)):
        if attack and b > c + 1 and (cue := _agent_cue_at(words, b)):
            # "جراء غارات جوية نفذها الطيران التابع للنظام السوري": the agent after the attack's adjective
            a = b + cue
            x = actor_at.get(a)
            if x is not None and x["type"] in ("PER", "ORG"):
                return _actor(x)
            if a + 2 < len(words) and words[a + 1] in _AFFILIATION and strip_article(_bare(words[a])) in _STRIKE_CRAFT:
                y = actor_at.get(a + 2)
                if y is not None and y["type"] in ("PER", "ORG"):
                    return _actor(y)  # (the craft of a body: "نفذها الطيران التابع للنظام السوري")
                body = coder.nominal_actor(article, sent, words, a + 2, a + 3)
                if body is not None and body.get("sector") in _ARMED | {"GOV"}:
                    return body
            if a + 1 < len(words) and strip_article(_bare(words[a])) in _STRIKE_CRAFT \
                    and (country := coder.kb.adjective_of(words[a + 1])):
                # (the craft of a country: "شنها الطيران السوري")
                return {"entity": None, "text": article.text[sent[a].start:sent[a + 1].end], "country": country,
                        "sector": "MIL"}
            armed = coder.nominal_actor(article, sent, words, a, a + 1) if a < len(words) else None
            return armed if armed is not None and armed.get("sector") in _ARMED else None
        if words[b] == "ل" and b + 1 < len(words) and words[b + 1] in _APART_MARKS:
            y = actor_at.get(_past_marks(words, b))
            return _actor(y) if y is not None and y["type"] in ("PER", "ORG") else None  # "في هجوم جديد لـ«الكردستاني»"
        country = coder.kb.adjective_of(words[b])
        if country:
            # an attack's author is a state's forces (ضربة جوية أميركية; not "اتهامات أمريكية")
            return {"entity": None, "text": article.text[sent[c].start:sent[b].end], "country": country,
                    "sector": "MIL" if attack else None}
        x = actor_at.get(b)
        if x is not None and x["type"] in ("PER", "ORG") and "ل" in (words[b][:1], words[b - 1][:1]):
            return _actor(x)  # هجوم لطالبان, هجوم لحركة طالبان
        if attack and b == c + 1 and x is not None and x["type"] in ("PER", "ORG") and x.get("sector") in _ARMED \
                and (launching or not any(t.patient for t in _starting(words[c]))):
            return _actor(x)  # "بقصف قوات النظام السوري": the force in construct with the attack carried it out
        if attack and b == c + 1 and x is None and not _definite(words[b]) \
                and strip_article(_bare(words[b])) in _STRIKE_CRAFT and (y := actor_at.get(b + 1)) is not None \
                and y["type"] == "ORG" and y.get("sector") in _ARMED:
            return _actor(y)  # "بغارات طائرات التحالف الدولي": the body whose craft carried it out
        if attack and b == c + 1 and x is None and words[b][:1] == "ل" and strip_article(_bare(words[b])) in _STRIKE_CRAFT \
                and actor_at.get(b + 1) is None \
                and (owner := coder.nominal_actor(article, sent, words, b + 1, b + 2)) is not None \
                and owner.get("sector") in _ARMED | {"GOV"} and owner.get("country"):
            return owner  # "في قصف لطائرات النظام السوري": the regime's craft carried it out
        if attack and b == c + 1 and x is None and not _definite(words[b]) and words[b][:1] != "ل" \
                and (armed := coder.nominal_actor(article, sent, words, b, b + 1)) is not None \
                and armed.get("sector") in ("UAF", "REB"):
            # "جراء قصف مسلحي جماعة أنصار الله الحوثية": the gunmen in construct carried it out, of the body
            # named right after them
            y = actor_at.get(b + 1)
            if y is not None and y["type"] == "ORG" and y.get("sector") in _ARMED:
                return _actor(y)
            if armed.get("country"):
                return armed
        if attack and b == c + 1 and x is None and (_definite(words[b]) or launching):
            armed = coder.nominal_actor(article, sent, words, b, b + 1)
            if armed is not None and armed.get("sector") in _ARMED and (
                    armed.get("sector") != "MIL" or strip_article(_bare(words[b])) in _STRIKE_CRAFT):
                return armed  # "خلال هجوم المتطرفين على مدينة سنجار": the attackers, in construct
                # (or "جراء إطلاق مسلحين النار": who fired)
                # (craft strike, never are struck: "في قصف الطيران المروحي بالبراميل المتفجرة")
        if x is None and words[b][:1] == "ل" and _bare(words[b]) != words[b] and actor_at.get(b + 1) is None:
            armed = coder.nominal_actor(article, sent, words, b, b + 1)
            if attack and armed is not None and armed.get("sector") in _ARMED:
                return armed  # "في غارات للمقاتلات التركية": the force the raids are of
            return None  # "قصف للمناطق الباكستانية": what follows ل was hit (not "هجوم لحركة طالبان")
        if not words[b][:1].isalpha() or x is not None or words[b] in _LOCATIVE or words[b] in _TARGET_PREPS:
            return None  # "التفجير في تركيا": the country after "in" is where, not who
    return None




def _class_follows(words: list[str], j: int, reach: int, members: frozenset[str], strip) -> bool:
    """A word of `members`, as written or as `strip` leaves it, among the `reach` words after the
    trigger that ends at `j`, in its clause, past a time told right after it ("أطلقوا مساء الأربعاء نحو
    ثمانية صواريخ")."""
    _, hi = _clause(words, j - 1, j)
    end = _past_time(words, j) + reach
    if hi + 1 < min(len(words), end) and words[hi] in ("،", ",") \
            and (words[hi + 1] in members or strip(words[hi + 1]) in members):
        return True  # (right after the comma that closes an aside: "لقي 4 من القيادات في محافظة إب، مصرعهم")
    return any(w in members or strip(w) in members for w in words[j:min(hi, end)])


def _form_signed(words: list[str], i: int, j: int) -> bool:
    """The agreement trigger at words[i:j] signs a form (`form`): one among the twelve words
    before it or the four after it, in its clause."""
    lo, hi = _clause(words, i, j)
    return any(w in _FORMS or _bare(w) in _FORMS for w in (*words[max(lo, i - 12):i], *words[j:min(hi, j + 4)]))


def _pledged_violence(words: list[str], j: int) -> bool:
    """What a promise ending at `j` binds to, its first verbal noun behind ب within eight words
    in its clause, is an attack or a fight (تعهدت ... بقتال الحوثي, توعد بالرد, تعهد بشن المزيد من الغارات;
    not تعهد بدعم)."""
    _, hi = _clause(words, j - 1, j)
    for k in range(j, min(hi, j + 8)):
        w = words[k]
        if w[:1] == "ب" and (len(w) > 3 or w[1:] in _LIGHT_VERBS):
            light = w[1:] in _LIGHT_VERBS  # (behind a verb of carrying out: "تعهد بشن المزيد من الغارات")
            return w[1:] in _FIGHTING or _bare(w[1:]) in _FIGHTING or any(
                (i == 0 or light) and x.type in ("ASSAULT", "FIGHT") for i, _, x in find_triggers(words[k:k + 5]))
    return False


def _ward_follows(words: list[str], j: int) -> bool:
    """Patients or the wounded (event_words ward), as written or behind و/ل/ب, among the sixteen
    words after the meeting or visit that ends at `j`, in its clause, or right after the comma that
    ends a title set off before them (زار اللواء ... مدير عام الجوازات، المصابين المنومين)."""
    strip = lambda w: w[1:] if w[:1] in "ولب" else w  # noqa: E731
    if _class_follows(words, j, 16, _WARD, strip):
        return True
    _, hi = _clause(words, j - 1, j)
    after = words[hi + 1] if hi + 1 < min(len(words), j + 16) and words[hi] in ("،", ",") else ""
    return after in _WARD or strip(after) in _WARD


def _list_item(words: list[str], i: int) -> bool:
    """words[i] stands alone between the marks of a list: after "(" or a comma and before a
    comma or ")", with a comma on one side at least ("(قتل، تفجير، إرهاب)")."""
    before = words[i - 1] if i > 0 else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    return before in ("(", "،", ",") and after in ("،", ",", ")") and (before, after) != ("(", ")")


def _phone_interview(words: list[str], i: int, j: int) -> bool:
    """The phone call at words[i:j] is how a speaker, after a reporting verb in the clause,
    told the paper ("قال في اتصال هاتفي من مقر إقامته", "في اتصال هاتفي مع «الشرق الأوسط»"),
    not a call between actors ("قال في اتصال هاتفي مع الرئيس الفرنسي")."""
    lo, _ = _clause(words, i, j)
    if not (i > 0 and words[i - 1] == "في" and not _definite(words[i])
            and any(_reporting(w) for w in words[lo:i - 1])):
        return False  # (not "ناقشا خلال الاتصال الهاتفي": the call they held)
    nxt = words[j] if j < len(words) else ""
    if nxt in ("مع", "ب"):  # with whom: the paper ("مع «الشرق الأوسط»", "بـ«عكاظ»") or an actor
        after = words[j + 1] if j + 1 < len(words) else ""
        return after in _QUOTES or bool(find_outlet(after))
    if nxt.startswith("ب"):
        return bool(find_outlet(nxt[1:]))
    return nxt != "بين"


def _errand_follows(words: list[str], j: int) -> bool:
    """An errand the public runs (التسجيل، التبرع، اتباع الإرشادات) within twelve words after the
    request that ends at `j`, in its clause; or among the first words after إلى behind a comma, the
    request's complement after an aside (دعت الجوازات الإخوة اليمنيين ممن تنطبق عليهم الشروط، إلى سرعة
    مراجعة مراكز التصحيح)."""
    if _class_follows(words, j, 12, _ERRANDS, _bare):
        return True
    for k in range(j, min(len(words) - 1, j + 30)):
        if words[k] in ("،", ",") and (words[k + 1] == "الي" or words[k + 1][:1] == "ب"):
            # (or its complement behind ب: "تحث المواطنين والمقيمين، بتوخي الحذر")
            return any(_bare(w) in _ERRANDS for w in words[k + 1:k + 5])
        if words[k] in (".", "؛", ";", ":"):
            break
    return False


def _titled(words: list[str], i: int) -> bool:
    """A word of a title or a slogan (بعنوان، تحت شعار) within the five words before the event
    noun at `i`, in its clause."""
    lo, _ = _clause(words, i, i + 1)
    return any(w in _TITLED for w in words[max(lo, i - 5):i])


def _quoted_title(words: list[str], i: int) -> bool:
    """The word at `i` is inside a quotation opened, within ten words before it, right after a
    word of a title (بعنوان «...», عنوانه "...")."""
    for k in range(i - 1, max(-1, i - 11), -1):
        if words[k] in ("»", "”"):
            return False
        if words[k] in ("«", "“", '"'):
            return k > 0 and (words[k - 1] in _TITLED or (k > 1 and words[k - 2] in _TITLED and words[k - 1] in (":", "،")))
    return False


def _body_purpose(toks, words: list[str], i: int, t: Trigger, ents: list[dict]) -> bool:
    """The event noun at words[i], behind ل, tells what the body named right before it is
    for (مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية, اللجنة العليا للإغاثة), named or not
    (اللجنة الاستراتيجية لقمة تحالف رواد الأعمال); so does one in construct with a body's
    head without the article (لجنة مبادرة السلام العربية)."""
    if not (t.noun and i > 0):
        return False
    if words[i][:1] != "ل":
        # (not with a pronoun, which no name takes: "مركز هجومهم على عدن", their offensive; and
        # past شؤون: "دائرة شؤون المفاوضات")
        head = i - 2 if i > 1 and words[i - 1] in _AFFAIRS else i - 1
        return words[head] in _PURPOSE_BODIES and not _definite(words[head]) \
            and not toks[i].text.endswith(("هم", "ها", "هما", "كم", "نا"))
    if words[i - 1] in _PURPOSE_BODIES or (i > 1 and _definite(words[i - 2]) and _definite(words[i - 1]) and (
            words[i - 2] in _PURPOSE_BODIES or (strip_article(_bare(words[i - 2])) in _PURPOSE_BODIES
                                                and kb().nationality_of(words[i - 1])))):
        # "اللجنة العليا للإغاثة", "اللجنة الاستراتيجية لقمة"; any head before a nationality: "والوكالة
        # الفرنسية للتعاون الإعلامي" (not "دعت المنظمة الدولية لدعم اللاجئين", a call)
        return True
    ends = toks[i - 1].end
    starts = [tk.start for tk in toks]
    # the body's name, or a head right before a name in construct with it (بعثة الأمم المتحدة لمساعدة العراق)
    return any(e["type"] == "ORG" and e["end"] == ends and (
        fold(e["text"]).split()[0] in _PURPOSE_BODIES
        or (0 < (b := bisect_left(starts, e["start"])) and words[b - 1] in _PURPOSE_BODIES
            and not _definite(words[b - 1])))
        for e in ents)


def _joined_nationalities(coder, sent, words: list[str], k: int, end: int, nominal: dict) -> list[dict]:
    """The nationality adjectives joined by و right after the unnamed actor `nominal`, which ends
    before words[k], each one more actor of its kind ("ونظيرتيها التركية والقطرية", "القوات
    الأمريكية والبريطانية", "بين الجانبين السعودي والأردني")."""
    out = []
    while nominal.get("country") and k < end and words[k][:1] == "و" and coder.kb.nationality_of(words[k][1:]):
        out.append({**nominal, "text": sent[k].text[1:], "country": coder.kb.nationality_of(words[k][1:])})
        k += 1
    return out


def _may_head_construct(w: str) -> bool:
    """A group noun that can be in construct with the genitive that owns it: without the
    article, a sound masculine plural with its ن dropped (مقاتلو, مسلحي) or a plural of another
    form (طائرات, عناصر); not مقاتلون, مسلحين, مسلحا, المسلحين."""
    return not _definite(w) and len(w) > 3 and not w.endswith(("ون", "ين", "ا", "يي", "وي"))


def _patient_behind_li(words: list[str], k: int, end: int) -> bool:
    """A noun behind لـ at words[k], after the genitive of an event noun, or past a place behind في
    there: who is acted on, the genitive its author (قصف قوات النظام لمدن درعا، اتهام روسيا لأوكرانيا،
    قصف المتمردين في اليمن لمناطق سكنية)."""
    if k + 2 < end and words[k] == "في":
        k += 2
    k = _past_marks(words, k) if k < end else k  # (ل"مواقعنا": written apart before a quotation mark)
    return k < end and _for(words[k])


def _charge_follows(words: list[str], k: int, end: int) -> bool:
    """A noun behind بـ at words[k]: what someone is accused of (اتهام روسيا بالتدخل)."""
    k = _past_marks(words, k) if k < end else k
    return k < end and words[k][:1] == "ب" and len(words[k]) > 3


def _verbs_object_in_ina(words: list[str], k: int, j: int, ending: str, named=frozenset()) -> bool:
    """The word at words[k], at or after the end j of a verb, is a plural or a dual in ين
    (`_oblique_plural`) that is no part of the verb's subject: right after the verb, or later, not
    behind a preposition, a noun in construct with it, a quantity right after the verb (أشاد عدد من
    المواطنين، تظاهر آلاف العراقيين) or a definite noun it qualifies (نقابة الأطباء الإسرائيليين).
    `named`: the tokens of names (عسير in أمير منطقة عسير heads no construct)."""
    if k < j or not _oblique_plural(words[k], ending):
        return False
    if k == j:
        # (but an indefinite plural right after the verb with a count after it, the object, is the subject
        # mis-cased: "وفي بورنو قتل مسلحين ثمانية أشخاص")
        return not (not _definite(words[k]) and k + 1 < len(words)
                    and (kb().is_count(words[k + 1]) or words[k + 1][:1].isdigit()))
    def governs(w: str) -> bool:  # a preposition, alone or on a word (بين، في، لجميع، بقصد)
        return w in _PREPOSITIONS or w in _TARGET_PREPS or w == "بين" or _prepositional(w) or _has_bi(w) \
            or (w[:1] in "بل" and _bare(w) != w)
    before = words[k - 1]
    if before in ("»", "”", '"') and k - 2 > j:
        return True  # (after a name closed by a quotation mark: "وطالب المتحدث الرسمي ل"نزاهة" المواطنين")
    if governs(before) or not before[:1].isalnum() or (
            not _definite(before) and not before.endswith(("ها", "هم", "هما", "هن"))
            and _bare(before) not in _QUANTIFIERS and k - 1 not in named):
        return False  # (behind a preposition, or a noun in construct with it, the plural is in the
        # genitive: بين الجانبين، في أوساط العسكريين، أدانت نقابة الصحفيين اليمنيين; not "دعت من خلالها
        # المواطنين"، "حثت اللجنة كافة المواطنين"، "دعا أمير منطقة عسير المواطنين"; a final ه, folded
        # from ة, is read as a noun's)
    return not (k - 1 == j and _bare(before) in _QUANTIFIERS) \
        and not (_definite(before) and _oblique_plural(words[k], "يين"))


def _oblique_plural(w: str, ending: str) -> bool:
    """The word `w`, with the article at most, is a sound plural or a dual in the accusative or
    the genitive (المواطنين، الحوثيين، الطرفين), which no verb has for its subject."""
    b = _bare(w)
    # (behind no proclitic but the article: "قصف مدفعي للحوثيين" is theirs)
    return len(b) > 4 and b.endswith(ending) and w in (b, "ال" + b) \
        and not w.startswith(("لل", "بال", "وال", "فال", "كال"))


def _after_place(words: list[str], k: int, place_ends: set[int]) -> bool:
    """words[k] comes right after a place's name (`place_ends`: the tokens right after the
    sentence's places) or a word of a place and the name after it, past its adjective and a
    comma at most (بولاية البنجاب الشمالية، التي)."""
    b = k
    if b > 0 and words[b - 1] in ("،", ","):
        b -= 1
    if b > 1 and words[b - 1] in ('"', "»", "”") and (q := next((q for q in range(b - 2, max(0, b - 6), -1)
                                                            if words[q] in ('"', "«", "“")), None)) is not None:
        # (a place in quotes, named by its kind before them: في منطقة "دار سعد" التي)
        return q > 0 and (strip_article(words[q - 1]) in _DIRECTIONS or _behind_bi(words[q - 1], _DIRECTIONS))
    for _ in range(2):  # (two adjectives at most: "في ريف حلب الشمالي الشرقي، والتي")
        if b not in place_ends and b > 0 and words[b - 1].startswith("ال") and words[b - 1].endswith(("ي", "يه", "ية")):
            b -= 1
    # (or a place the gazetteer lacks, named by its kind: "في ولاية البنجاب التي")
    return b in place_ends or (b > 1 and b - 1 not in place_ends and (
        strip_article(words[b - 2]) in _DIRECTIONS or _behind_bi(words[b - 2], _DIRECTIONS)
        or (words[b - 2][:1] in "ول" and words[b - 2][1:] in _DIRECTIONS)))
    # (not where the word of a place is the place itself, and what follows it no name: "وأدانت المملكة
    # الأعمال الإرهابية التي يرتكبها تنظيم داعش", the acts the relative tells of)


def _harm_told(words: list[str], i: int) -> bool:
    """The sentence tells of dead or wounded within 25 words of the event at `i` (نتج عنه استشهاد
    عشرة، أصيب شرطيان، سقوط 28 قتيلا، راح ضحيته)."""
    return any(_bare(w) in _DEAD or _bare(w).startswith(_HARM_NOUNS + ("ضحي",)) or w.startswith(_HARM_UNDERGONE)
               or (w[:1] == "و" and w[1:].startswith(_HARM_UNDERGONE))
               for w in words[max(0, i - 25):i + 25])


def _locative(words: list[str], k: int) -> bool:
    """The place at words[k] is governed by "in": في/داخل before it, or بـ on it (بباكستان);
    or it says where as the subject of a verb of witnessing (القتال الذي تشهده اليمن)."""
    b = k - 1
    if b >= 1 and words[b] == "من" and words[b - 1] == "بكل":
        return True  # "وقعت الجمعة بكل من الكويت وتونس وفرنسا": in each of them
    if words[k][:1] == "و" and b >= 2 and words[b - 1] == "من" and words[b - 2] in ("بكل", "كل") \
            and (words[b - 2] == "بكل" or (b >= 3 and words[b - 3] in _LOCATIVE)):
        return True  # (and the next one listed: "وتونس")
    if words[k][:1] == "و" and b >= 3 and words[b][:1] == "و" and words[b - 2] == "من" and words[b - 3] == "بكل":
        return True  # ("وفرنسا")
    if b >= 2 and words[b] == "من" and words[b - 1] == "كل":
        b -= 2  # "في كل من العراق وسورية وليبيا": in each of them
    elif (words[k][:1] == "و" or words[b] in ("،", ",")) and _in_each_of(words, k):
        return True  # (further down the list: "في كل من الصومال، والنيجر، ومالي، وسيراليون")
    while b >= 0 and b > k - 5 and (strip_article(words[b]) in _DIRECTIONS or words[b] in _DIRECTIONS):
        if strip_article(words[b]) in _COMPASS:
            return True  # "في ولاية هرات غرب أفغانستان", "75 كلم غرب كركوك", "جنوب غرب العاصمة الجزائر"
        b -= 1  # في شمال غرب باكستان
    if b >= 0 and (words[b] in _LOCATIVE or _behind_bi(words[b], _DIRECTIONS) or _bare(words[b]) in _NEAR
                   or words[b] in _PLACE_SUBJECT):
        return True  # في شمال غرب باكستان, بمدينة الحلة, قرب مدينة الموصل
    if b > 0 and words[b] == "مع" and "حدود" in _bare(words[b - 1]):
        return True  # "قرب الحدود مع سوريا", "المنطقة الحدودية مع لبنان": the border, not Syria, is where
    return _has_bi(words[k])


def _involvement(w: str) -> bool:
    """A noun of involvement or suspicion (event_words involvement), with a pronoun, the article or a
    preposition on it (ضلوعه، تورطهم، للاشتباه، بتهمة), not a verb (تورطوا: they took part)."""
    b = strip_article(_bare(w))
    return b.startswith(_INVOLVEMENT) and (w != b or w.endswith(("ه", "ها", "هم")))


def _opens_quote(words: list[str], k: int) -> bool:
    """words[k] opens a quotation: « “ „, or a straight quotation mark after an even count of them."""
    return words[k] in ("«", "“", "„") or (words[k] == '"' and words[:k].count('"') % 2 == 0)


def _closes_quote(words: list[str], k: int) -> bool:
    """words[k] closes a quotation: » ”, or a straight quotation mark after an odd count of them."""
    return words[k] in ("»", "”") or (words[k] == '"' and words[:k].count('"') % 2 == 1)


def _span_before(words: list[str], i: int, lo: int) -> bool:
    """A span of time between "after" or "before" and the event noun at words[i], behind على or من
    ("بعد ساعات على تفجيرات", "قبل أيام من اعتقال"): the event dates another, its doers unnamed before it."""
    return i - 3 >= lo and words[i - 1] in ("علي", "من") and _bare(words[i - 2]) in _NOT_EVENTS \
        and _bare(words[i - 3]) in _TIME_OF_EVENT


def _plural_of_one(words: list[str], after: int, i: int) -> bool:
    """The verb at words[i] is in the masculine plural and nothing joined by و stands between it and the one
    person named before, ending at `after`: no subject of his ("إسحق رابين، في عام 1995، وهددوه"; but "حبري
    وفريقه القانوني قد رفضوا")."""
    return _plural_verb(words[i]) and not any(w[:1] == "و" and len(w) > 2 for w in words[after:i])


def _opens_with_plural_verb(words: list[str]) -> bool:
    """The sentence opens, past a connective, on a past verb in the masculine plural (كما دعوا، وأدانوا،
    ثم طالبوا): its subject is a pronoun that takes up the one named before."""
    k = 0
    while k < len(words) - 1 and k < 2 and words[k] in _OPENING_LINKS:
        k += 1
    return bool(words) and _plural_verb(words[k])


_OPENING_LINKS = frozenset({"كما", "وقد", "قد", "ثم", "فقد", "كذلك", "وكذلك", "وكما"})


def _plural_name(coder, text: str) -> bool:
    """The name stands for many people, whom a verb in the masculine plural can take up (الحوثيون،
    المتظاهرين، قوات ...): not one person, a country or a body named in the singular."""
    ws = fold(text).split()
    return bool(ws) and (ws[0].endswith(("ون", "ين")) or bool(coder.kb.group_of(ws[:1])))


def _plural_verb(w: str) -> bool:
    """A past verb in the masculine plural, with or without the pronoun of its object and a و or ف before
    it (قالوا، وهددوه، فاعتقلوهم)."""
    stem = w[1:] if w[:1] in "وف" and len(w) > 5 else w
    return stem.endswith("وا") or (len(stem) >= 5 and stem.endswith(("وه", "وها", "وهم", "وهما")))


def _appointer(words: list[str], j: int, k: int) -> bool:
    """The one named at words[k] is behind "من قبل", "by", right after a participle with the article that
    follows a title (قائد القاعدة المعين من قبل الحوثيين): the agent of that participle, who appointed
    or backs the title's holder, not of the event that ends at `j`."""
    return k - 3 > j and words[k - 2] == "من" and words[k - 1] == "قبل" and words[k - 3].startswith("الم") \
        and len(words[k - 3]) >= 5 and not _starting(words[k - 3]) \
        and any(_title_head(v) for v in words[max(j, k - 6):k - 3])


_ANNIVERSARY = frozenset(fold(w) for w in ("ذكرى", "الذكرى", "بذكرى", "وذكرى", "لذكرى", "بالذكرى", "للذكرى", "ذكراه"))


def _anniversary_before(words: list[str], i: int) -> bool:
    """The event noun at words[i] is what an anniversary is of: right after ذكرى, or behind ل after it and
    its ordinal (الذكرى الأولى لاعتقاله, الذكرى السنوية لمقتل)."""
    return (i > 0 and words[i - 1] in _ANNIVERSARY) or (
        i > 1 and words[i][:1] == "ل" and words[i - 2] in _ANNIVERSARY) or (
        i > 2 and words[i][:1] == "ل" and words[i - 3] in _ANNIVERSARY and _definite(words[i - 2]) and _definite(words[i - 1]))


def _on_behalf(words: list[str], j: int, k: int) -> bool:
    """The one named at words[k] is behind "باسم", "in the name of", within ten words after the trigger
    ending at `j`, no punctuation between and no title before it (not المتحدث باسم, a spokesman's)."""
    return any(words[p] in _IN_THE_NAME_OF and not _title_head(words[p - 1]) and all(v[:1].isalpha() for v in words[p + 1:k])
               for p in range(max(j, k - 10), k))


_IN_THE_NAME_OF = frozenset(fold(w) for w in ("باسم", "وباسم"))
_SUPERVISING = frozenset(fold(w) for w in ("إشراف", "اشراف"))
_VISIT_STEM = fold("زيار")
_PURPOSE_MEETING = frozenset(fold(w) for w in ("للقاء", "لملاقاة", "لمقابلة"))


def _come_to_meet(t, words: list[str], i: int, j: int, k: int, lo: int, reach: int) -> bool:
    """The one named at words[k], up to `reach` words after the meeting noun at words[i] of purpose
    ("للقاء"), in a clause that tells the coming before it, is whom one comes to meet (but not the
    purpose of a visit noun, "في زيارة مفاجئة للقاء قادة حكومة الوفاق", whose meeting the sentences
    after it tell with its parties)."""
    return t.type in _MEETINGS and t.noun and j <= k <= j + reach and words[i] in _PURPOSE_MEETING and i > lo \
        and all(v[:1].isalpha() and v not in _PREPOSITIONS for v in words[j:k]) \
        and not any(strip_article(_bare(v)).startswith(_VISIT_STEM) for v in words[max(lo, i - 3):i])


_NOT_BEING = frozenset(fold(w) for w in ("ليس", "ليست", "ليسوا", "ليسا", "ليستا", "وليس", "وليست", "وليسوا", "لسنا",
                                          "ولسنا", "لستم"))
_PREDICATE_PRONOUNS = frozenset(fold(w) for w in ("هو", "وهو", "هي", "وهي", "هم", "وهم", "هما", "وهما"))
_TERROR = frozenset(fold(w) for w in ("إرهاب", "ارهاب"))
_UNITY = frozenset(fold(w) for w in ("وحدة", "وحدات"))
_NATIONAL = frozenset(fold(w) for w in ("وطنية", "وطني"))


def _written_with_pronoun(text: str) -> bool:
    """A word written with the pronoun of its object or genitive: اتهامه، معه، اعتقالهم، سراحها (not the
    ة of a feminine noun, مداهمة)."""
    return len(text) > 2 and text.endswith(("ه", "ها", "هم", "هما")) and not text.endswith("اه")


_MODEL_OF = frozenset(_WORDS["model-of"])  # من نوع، من طراز


def _model_named(words: list[str], k: int) -> bool:
    """words[k] names a make or model, right after a word of it (من نوع جنكدو جي، من طراز إف-16) or after a
    word of a craft in quotation marks (طائرات «الرافال»): a thing, no party."""
    if k > 1 and words[k - 1] in ('"', "«", "“"):  # (in quotation marks: من طراز «رافال»، طائرات «الرافال»)
        return words[k - 2] in _MODEL_OF or _bare(words[k - 2])[:4] in _CRAFT_STEMS
    return k > 0 and words[k - 1] in _MODEL_OF


def _aboard(words: list[str], k: int) -> bool:
    """words[k] names what "on board" names, right after it or past a word of the craft (على متن سفينة،
    على متن حاملة الطائرات شارل ديغول، على متن طائرة الخطوط السعودية): a ship or a plane, no party to a
    meeting or a visit held there (an attack on board may hit it)."""
    return any(words[p] in _ABOARD for p in range(max(0, k - 3), k))


def _agent_of_noun(sent, words: list[str], k: int, end: int) -> bool:
    """The one named at words[k:end] is the subject of the verbal noun of the pattern إفعال or افتعال right
    before it, which takes its object behind ل with a pronoun after him (past his adjectives): "وإخفاء
    الميليشيات لجثته", "إحراق المستوطنين الصهاينة لمنزله": he did that act, not the event's, and is no party
    to it (after the event's own noun he is its subject: "قصف تركيا لقرية")."""
    noun = words[k - 1]
    stem = noun[1:] if noun[:1] in "وف" and len(noun) > 5 else noun
    if not (stem[:1] == "ا" and 5 <= len(stem) <= 6 and stem[-2:-1] == "ا") or _definite(noun) \
            or kb().role_of([noun]) or kb().group_of([noun]):
        return False
    m = end
    while m < min(len(words), end + 2) and _definite(words[m]) and not words[m].startswith("لل"):
        m += 1  # (his adjectives: الصهاينة)
    return m < len(words) and words[m][:1] == "ل" and not words[m].startswith(("لل", "لان", "لكن", "لدي")) \
        and len(words[m]) > 3 and sent[m].text.rstrip(DIACRITICS + TATWEEL).endswith(_POSSESSIVES)


def _object_of_pronoun_noun(sent, words: list[str], k: int) -> bool:
    """The one named at words[k] is the object of a noun with a pronoun on it right before, itself behind
    "after" or "before" (بعد طعنه إسرائيليا، إثر مهاجمتهم الجنود): of an act its doer did at another time."""
    noun = words[k - 1]
    return _bare(words[k - 2]) in _AFTER_BEFORE and len(noun) >= 4 and not _definite(noun) \
        and sent[k - 1].text.rstrip(DIACRITICS + TATWEEL).endswith(_POSSESSIVES) \
        and not kb().role_of([noun]) and not kb().group_of([noun])


def _in_each_of(words: list[str], k: int) -> bool:
    """words[k] goes on a list of short items, each after a comma or behind و, that opens with "في كل من"
    or "بكل من" (in each of them)."""
    m, items, size = k - 1, 0, 0
    while m >= 2 and k - m <= 30:
        w = words[m]
        if w == "من" and (words[m - 1] == "بكل" or (words[m - 1] == "كل" and words[m - 2] in _LOCATIVE)):
            return items > 0 or size > 0
        if w in ("،", ","):
            items, size = items + 1, 0
        elif w[:1].isalpha() and size < 3:
            size += 1
        else:
            return False
        m -= 1
    return False


def _noun_object_after(words: list[str], a: int, p: int, named: set[int]) -> bool:
    """Between an actor ending at `a` and a noun behind و at `p`, right after the actor, a noun
    of no title and no name: the verb's object, which the و goes on ("أدان السفير محمد الهيصمي
    الممارسات والانتهاكات التي ترتكبها مليشيات الحوثيين": the militias commit the violations, no
    second condemner)."""
    if p <= a or a in named:
        return False
    w = words[a]
    return w.startswith("ال") and strip_article(w) not in kb().title_words() \
        and w not in _HONORIFICS and kb().nationality_of(w) is None and kb().adjective_of(w) is None


def _conjoined(w: str) -> bool:
    """A definite noun or a given name behind the conjunction و, which starts another
    party (والحكومة, ومحمد); not ولي of ولي العهد, whose و is its own letter. (A comma
    does not: a title is set off by one, "فائز السراج، رئيس المجلس الرئاسي".)"""
    return w[:1] == "و" and (w[1:3] == "ال" or w[1:] in kb().first_names)


def _kin_before(words: list[str], k: int) -> int | None:
    """Where a word of kinship stands in construct with the name at words[k], right before it or before
    its title (أحد أقرباء الرئيس السوري بشار الأسد، نجل ابن عم الرئيس): the name says whose kin one is;
    None when none does."""
    p = k - 1
    while p >= 0 and p > k - 5 and (kb().role_of([words[p]]) is not None or kb().nationality_of(words[p])
                                    or words[p] in _HONORIFICS):
        p -= 1  # (past the title: الرئيس السوري)
    return p if p >= 0 and strip_article(_bare(words[p])) in _KIN and not _definite(words[p]) else None


def _a_man(a: dict) -> bool:
    """An unnamed civilian told by a word for one man (الشاب، رجل), no feminine or plural."""
    head = strip_article(fold(a.get("text") or "").split()[0]) if (a.get("text") or "").split() else ""
    return a.get("entity") is None and a.get("sector") == "CVL" and len(head) > 1 \
        and not head.endswith(("ه", "ات", "ون", "ين", "ان"))


def _workplace(words: list[str], kk: int, lo: int) -> int | None:
    """Where the verb of working stands that the body at words[kk] is named after, behind في or لدى
    (يعملون في شركة بوناتي): the body is where those named before work; None when it is not."""
    wk = next((p for p in range(kk - 1, max(lo, kk - 4) - 1, -1) if _among(words[p], _WORKING)), None)
    return wk if wk is not None and any(words[q] in ("في", "لدي") for q in range(wk + 1, kk)) else None


def _camp_of(words: list[str], k: int, lo: int) -> bool:
    """The people named at words[k] are those a camp is for, in its name (مخيم قلنديا للاجئين
    الفلسطينيين، مخيمات اللاجئين السوريين): a word of refugees there or right before, a camp before it."""
    at = k if "لاجي" in words[k] else k - 1 if k > lo and "لاجي" in words[k - 1] else None
    return at is not None and any(strip_article(_bare(v)) in _SETTLEMENTS and _bare(v).endswith(("مخيم", "مخيمات"))
                                  for v in words[max(lo, at - 3):at])


def _title_behind_li(w: str) -> bool:
    """A title behind ل with the article (للرئيس، وللملك)."""
    b = w[1:] if w[:1] in "وف" else w
    return b.startswith("لل") and len(b) > 4 and _title_head("ال" + b[2:])


def _title_head(w: str) -> bool:
    """A role noun that heads a title in construct with an institution (لرئيس مجلس الوزراء،
    وكيل وزارة المياه: a role that itself begins with و)."""
    forms = (w, w[1:]) if len(w) > 3 and w[0] in "ول" else (w,)
    return any(v.startswith(_NOMINAL_ROLES) or kb().role_of([v]) is not None for v in map(strip_article, forms))


def _serves(words: list[str], a: int, k: int) -> bool:
    """Right after a person's name ending at `a`, a role noun in construct, alone or with the
    noun of its office, leads to the state or body at `k` he serves (رياض ياسين وزير خارجية اليمن،
    محمد الهيصمي مندوب اليمن)."""
    if a + 1 < k and words[a] in ("،", ","):
        a += 1  # (set off by a comma: "أحمد الجزار، رئيس شركة بوينج")
    head = words[a] if a < k else ""
    return (k == a + 1 or (k == a + 2 and words[a + 1].isalpha() and not _definite(words[a + 1])
                           and words[a + 1][:1] != "و")) \
        and not _definite(head) and (_bare(head) in _REPRESENTING or kb().role_of([head]) is not None
                                     or (head[:1] != "و" and _title_head(head)))  # (وزير, no ورئيس)


def _titled_body(words: list[str], a: int, k: int) -> bool:
    """Right after a person's name ending at `a`, a role noun and the definite words of its office
    lead to the body behind ل at `k` (موسى ابو مرزوق نائب رئيس المكتب السياسي لحماس): the body is
    in his title; or a role of two words (السفير محمد صبيح الأمين العام المساعد للجامعة العربية)."""
    return a < k <= a + 5 and words[k][:1] == "ل" \
        and (_title_head(words[a]) or (kb().role_of(words[a:a + 2]) or (0,))[0] >= 2) \
        and all(_definite(v) or _title_head(v) for v in words[a + 1:k])


def _title_ends_at(words: list[str], k: int) -> bool:
    """A title ends right before `k`: a role noun heading it (رئيس مجلس الوزراء), a role
    of two words (الأمين العام للأمم المتحدة), or one whose body begins at `k` (وكيل وزارة المياه)."""
    if k > 0 and (_title_head(words[k - 1]) or (kb().role_of(words[k - 1:k + 3]) or (0,))[0] >= 2):
        return True
    role = kb().role_of(words[k - 2:k]) if k > 1 else None
    return role is not None and role[0] == 2


def _among(w: str, words) -> bool:
    """`w`, as written or without its proclitics, is one of `words`."""
    return w in words or (_BARE.get(w) or _bare(w)) in words


def _stance_verb(w: str) -> bool:
    """A verb trigger of taking a stance on something (أدان، استنكر، شجب، رفض، أيد، طالب): the
    event noun after its subject is its object, the subject no party to that event."""
    return any(x.type in ("ACCUSE", "REJECT", "REQUEST", "SUPPORT", "AGREE") and not x.noun for x in _starting(w))


def _stance_before(words: list[str], i: int, lo: int) -> int | None:
    """Where the verb of stance stands whose object the word at words[i] is: before it in its clause,
    past that verb's subject, with no comma, "that", relative, preposition, "was" or other event word
    between (دانت منظمة هيومن رايتس ووتش الخميس قصف المتمردين); None when there is none."""
    for p in range(i - 1, max(lo, i - 14) - 1, -1):
        w = words[p]
        if _stance_verb(w):
            return p if p < i - 1 else None
        if w in ("،", ",") or _complementizer(w) or w in _RELATIVES or w in _PREPOSITIONS or w in _KANA \
                or _starting(w) or _has_bi(w) or (w[:1] == "ل" and _bare(w) != w):
            return None  # (nor past the verb's own object: "طالبوا بإطلاق سراح 9 لبنانيين شيعة كان احتجزهم")
    return None


def _stance_taker(words: list[str], k: int, i: int, lo: int) -> bool:
    """The one named at words[k] is the subject of the verb of stance whose object the event at
    words[i] is (`_stance_before`): who takes the stance is no party to that event."""
    p = _stance_before(words, i, lo)
    return p is not None and p < k


def _passive_light_verb(sent, words: list[str], v: int) -> bool:
    """The light verb at words[v], right before its event noun, is passive: written with a final
    ي where its active past ends in ى (أُلقي القبض, أُجري الاتصال; not ألقى, أجرى)."""
    w = words[v]
    raw = unicodedata.normalize("NFKC", sent[v].text).rstrip(DIACRITICS + TATWEEL)  # (ﻟﻘﻲ: presentation forms)
    bare = w[1:] if w[:1] in "وف" and w[1:] in _LIGHT_VERBS else w
    return bare in _LIGHT_VERBS and bare.endswith("ي") and raw.endswith("ي") and len(raw) > 3


def _light_verb_subject(article, coder, sent, words: list[str], i: int, lo: int, actor_at,
                        attack: bool = False, receiving: bool = False,
                        announced: bool = False, declared: bool = False,
                        mobilize: bool = False, visit: bool = False) -> tuple[list[dict], bool]:
    """(the actors between a light verb (قدم، عقد، أجرى، وقع، شن) and the event noun
    words[i] that it carries: its subject and those joined to it by و; whether that verb is
    one of receiving, `_RECEIVING`, looked for too with `receiving`: تلقى, whose subject is
    the target). `attack`: the event is an attack or a coercion, which a claim carries too
    (تبنى). `announced`: an arrest, which the state body that announces it made (أعلنت
    السلطات المغربية القبض على; not "أعلن الأمير القبض": a person announces what others did).
    `declared`: support whose giver announces it or goes on giving it (أعلنت واشنطن دعم
    المعارضة, ستواصل إيران دعم أصدقائها, لن تتوانى إيران عن دعم الحلفاء), or what one has with
    another, which who announces it has (كشف الربيعة عن تنسيق مع الحكومة اليمنية). `mobilize`: a
    mobilization, which a verb of raising carries too (رفعت أجهزة الأمن حالة الاستنفار). `visit`:
    a visit, a call or a meeting, whose maker's titles may run to twenty words before it (the verb is looked for
    that far back for a visit only)."""
    verb = None
    announcing = False
    # the subject's name set off by commas between the verb and its noun ("أجرى وزير الخارجية، عادل
    # الجبير، مباحثات"): the verb is looked for across two commas, within ten words
    floor = lo
    for _ in range(2):
        if floor > 1 and words[floor - 1] in ("،", ",") and i - floor <= 6:
            # (ten words, not counting a time set off after the comma: "شنت طائرات التحالف العربي
            # بقيادة المملكة، امس السبت سلسلة من الغارات")
            told = sum(1 for w in words[floor:i] if w in _TIME_WORDS or is_weekday(w))
            back = floor - 2  # (and a date right before the comma: "في الرابع من يوليو (تموز) الحالي،")
            while back > 0 and (_time_phrase([words[back]]) or words[back] in ("(", ")", "من", "الحالي", "الماضي")
                                or kb().is_count(words[back])):
                back, told = back - 1, told + 1
            if told > 0 and words[back] == "في":
                told += 1
            # (a visit's or a call's: thirty, as a prince's titles run: "تلقى الأمير محمد بن سلمان بن
            # عبدالعزيز ولي ولي العهد ... وزير الدفاع، اتصالاً هاتفيا")
            # (a body's name counts as one word: "سيّر مركز الملك سلمان للإغاثة والأعمال الإنسانية أمس، سبع شاحنات")
            told += sum(len(x["text"].split()) - 1 for kk, x in actor_at.items()
                        if floor - 12 <= kk < floor and x["type"] == "ORG")
            floor = max(_clause(words, floor - 2, floor - 1)[0], i - (30 if visit else 10) - told)
    named: set[int] | None = None  # the tokens of names, found when first needed
    v, bottom = i, max(floor, i - (30 if visit else 16))  # (a prince's titles run to twenty words: "قام صاحب السمو
    # الملكي الأمير محمد بن سلمان بن عبد العزيز آل سعود ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع اليوم بزيارة")
    while v > bottom:
        v -= 1
        if words[v] == ")" and (opening := next((k for k in range(v - 1, max(bottom, v - 4) - 1, -1)
                                                 if words[k] == "("), None)) is not None \
                and (_time_phrase(words[opening + 1:v])
                     or (actor_at.get(opening + 1) or {}).get("type") in ("ORG", "PER")):
            v = opening  # "في الرابع من يوليو (تموز) الحالي": a month's other name in brackets; "بدأ مكتب
            continue     # التحقيقات الفيدرالي الأميركي (إف بي آي)، أمس، تحقيقًا": a body's other name
        if words[v] in _DASHES:
            # "تلقى خادم الحرمين الشريفين الملك سلمان - حفظه الله - اتصالا": an aside between
            # dashes is passed over
            opening = next((k for k in range(v - 1, max(bottom, v - 7) - 1, -1) if words[k] in _DASHES), None)
            if opening is not None:
                v = opening
                continue
            if 0 < v < i - 1 and _time_phrase(words[v - 1:v]) and _time_phrase(words[v + 1:v + 2]):
                continue  # "ووقعت الولايات المتحدة وتركيا في شباط - فبراير ... اتفاقا": a month's two names
        if (words[v] in _TIME_OF_EVENT or (words[v][:1] == "و" and words[v][1:] in _TIME_OF_EVENT)) \
                and not words[i].endswith(_OBJECT_SUFFIXES):
            break  # "شنت تركيا غارات عقب هجوم انتحاري": the noun after a word of time is another event
            # (but "أبدى المجلس في بيان عقب اجتماعه": his own)
        if visit and words[v] in _ACCOMPANYING:
            bottom = max(floor, v - 30)  # "قام محافظ المؤسسة ... الغفيص يرافقه رئيس مكتب ... وعميد الكلية ...
            continue  # بزيارة": the companions' titles do not count against the visitor's reach
        if words[v][:1] == "ب" and any(x.noun and (x.type in _KILLING) != attack for x in _starting(words[v])):
            break  # "قام مدير الأمن العام بزيارة لمصابي التفجير": the verb carries the visit, not the
            # attack named after it
        if v < i - 1 and words[v][:1].isalpha() and any((x.noun or (v > 0 and words[v - 1] in _PREPOSITIONS))
                                                        and len(x.words) == 1 for x in _starting(words[v])) \
                and v not in (named := named if named is not None else _name_tokens(sent, actor_at)) \
                and not (v > 0 and words[v].endswith(("ه", "ها", "هم")) and (
                    words[v - 1] in _SEQUENCE or words[v - 1] in _JUST_AFTER_OWN)):
            # (but the subject's own act that tells when: "واجرى كارتر بعيد وصوله الى اربيل ... لقاء مع بارزاني")
            break  # "يجري خلالها مباحثات مع الرئيس بوتين ... وقرب زيارة وفد الائتلاف": the verb carries
            # the talks right after it, not a visit further on (nor past a verb's form behind a preposition,
            # its noun: "سيعقد مع نظيره لافروف مناقشات تتركز على بحث الملفات ... ونتائج زيارة الأمير")
        b = _bare(words[v])
        raw = words[v][1:] if words[v][:1] in "وف" and words[v][1:] in _LIGHT_VERBS else words[v]
        if raw in _LIGHT_VERBS and _definite(words[v]) and (attack or raw not in _CLAIMS) \
                and (mobilize or raw not in _RAISING):
            verb = v  # "ألقت الشرطة القبض": a verb whose hamza folds into what reads as the article
            break
        if _definite(words[v]) or (v < i - 16 and b not in _LIGHT_VERBS and not (receiving and b in _RECEIVING)):
            pass  # (not كرة القدم; past sixteen words, a light verb only: قام ... بزيارة)
        elif receiving and b in _RECEIVING and (_WORDS["receiving"][b] != "on" or words[i - 1] == _ON):
            if v + 1 < i and _definite(words[v + 1]) and v + 1 not in actor_at \
                    and not (coder.kb.role_of([words[v + 1]]) or coder.kb.group_of([words[v + 1]])):
                break  # "الذين يتلقون العلاج في مستشفى ...، نتيجة التفجير": what is received is another thing
            verb = v
            break
        elif b in _LIGHT_VERBS and (attack or b not in _CLAIMS) and (mobilize or b not in _RAISING) \
                and not (b in _DIRECTING and (_definite(words[i]) or _has_bi(words[i]) or words[i - 1][:1] == "ب")) \
                and not (b in _OFFERING_NOW and (i - v > 6 or (v > 0 and _bare(words[v - 1]) == "مع")
                                                 or any(_has_bi(w) for w in words[v + 1:i]))):
            # (the present of offering, close before its noun only: "أن تقدم إيران كل أنواع الدعم"; not
            # "ومع تقدم المفاوضات", progress, nor "تقدم العميد ... بالشكر للجنة على تعاونها", who thanks)
            if v + 1 < i and words[v + 1] in ("علي", "على"):
                break  # "كانت تقوم على قتل حرس الموقع وخطف قائده": a plan rests on it, no one does it
            verb = v
            break
        elif (words[v] in _DECIDING or (words[v][:1] in "وف" and words[v][1:] in _DECIDING)) \
                and v < i - 1 and words[i - 1][:1].isalpha() and words[i - 1] not in _PREPOSITIONS \
                and words[i][:1] not in "بل":
            verb = v  # "قررت السلطات السعودية ترحيل المقيمين", "قررت إيران إرسال مقاتلين": who decided does it
            break
        elif (b in _WORKING_ON and words[i - 1] == "علي") or b in _MANAGING and (words[i - 1] in ("من", "في", "علي") or (
                i - v > 2 and words[i - 1] == "القاء" and words[i - 2] in ("من", "في", "علي"))):
            verb = v  # "تمكنت الشرطة من (إلقاء) القبض على": who managed it did it (not "تمكن الجيش
            break     # من صد هجوم للحوثيين": the attack's noun is not what was managed)
        elif declared and (b in _ANNOUNCING or b in _CONTINUING or b in _REFRAINING or b in _CONSENTING):
            verb = v
            break
        elif b in _PLEDGES and words[i][:1] == "ب" and not _definite(words[v]) and words[v] == _bare(words[v]):
            verb = v  # "تعهد رئيس الوزراء البريطاني ديفيد كاميرون أمس بترحيل المزيد": who pledges it is to do it
            break
        elif b in _ORDERING and words[i][:1] == "ب" and v < i - 1:
            verb = v  # "أمر الرئيس المصري جمال عبد الناصر باعتقال الصحافي": who orders it has it done
            break
        elif announced and b in _ANNOUNCING:
            verb, announcing = v, True
            break
        if (not words[v][:1].isalnum() and words[v] not in _QUOTES and not (v >= floor and words[v] in ("،", ","))
            and not (words[v] == "." and v > 0 and len(words[v - 1]) == 1)) \
                or (i - v > 6 and words[v] in coder.kb.person_breaks):
            # (the period of a title's letter goes on: "يرافقه المستشار د. علي العطية")
            break  # (the subject may be long: "قام الأمير متعب بن عبدالله وزير الحرس الوطني بزيارة",
            # but not a clause of its own: "قام الحوثيون الذين يواجهون عملية تجري بدعم")
    if verb is None or (_bare(words[verb]) in _BEGINNING and (words[i][:1] == "ل" or words[i - 1] in _PREPOSITIONS)):
        # (a verb of beginning carries the noun that is its object, or behind ب: "بدأ السيسي زيارة",
        # "بدأ كيري نهاره بلقاء"; spelt like "seemed", it carries none behind another preposition:
        # "بدا جليا في دعوات ... لإشراك إيران في أي محادثات")
        return [], False
    out: list[dict] = []  # (none between when the noun follows the verb: "محمد بن سلمان أجرى زيارة")
    starts = [tk.start for tk in sent]
    if verb + 1 < i and words[verb + 1] in _DURING_PRONOUNS:
        # "يقوم الجبير بزيارة لموسكو يجري خلالها مباحثات مع بوتين": who holds the talks during the
        # visit is its visitor, the first person or body the sentence names
        visitor = _visitor_before(actor_at, verb)
        return ([_actor(visitor)] if visitor is not None else []), False
    k = verb + 1
    titles = [(a, b) for a, b in (article.extra.get("titles") or {}).values() if starts[verb] < a < starts[i]]
    while k < i and (not out or words[k][:1] == "و"):
        x = actor_at.get(k)
        if titles and any(a <= starts[k] < b for a, b in titles):
            k += 1  # "عقد مدير عام فرع وزارة العمل ... عواد الحازمي اجتماعا": the ministry is in
            continue  # the title of the person named next, who holds the meeting
        if _prepositional(words[k]) or _has_bi(words[k]) or words[k - 1] in _TARGET_PREPS or words[k - 1] in _LOCATIVE \
                or _bare(words[k - 1]) in _NEAR or (k > verb + 1 and words[k - 1][:1] in "لب" and len(words[k - 1]) > 3
                                                    and _bare(words[k - 1]) != words[k - 1] and not _definite(words[k - 1])):
            # no subject stands behind a preposition ("قام رئيس الجمعية الخيرية بمحافظة المزاحمية",
            # "تظاهر المئات أمام السفارة الأمريكية احتجاجا على"), nor in construct with a noun that does
            # ("قام ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان بزيارة")
            k += 1
            continue
        if x is not None and x["type"] == "ORG" and not out \
                and (y := actor_at.get(bisect_left(starts, x["end"]))) is not None and y["type"] == "PER" \
                and bisect_left(starts, y["start"]) < i:
            x = y  # "عقد رئيس مجلس إدارة شركة أرامكو أمين الناصر اجتماعا": the body is in the title of the person
            # named right after it, who holds the meeting
        found = _actor(x) if x is not None else coder.nominal_actor(article, sent, words, k, k + 1)
        if found is None and out and words[k][:1] == "و" and len(words[k]) > 3 and k + 1 < i \
                and (x := actor_at.get(k + 1)) is not None and x["type"] == "ORG":
            found, k = _actor(x), k + 1  # "ووحدات الجيش اليمني": units of a body joined, the body
        if found is None:
            if out:
                break
            k += 1  # before the first actor: a title before a name gives way to the name
            continue  # (الرئيس المصري عبد الفتاح السيسي)
        out.append(found)
        k = max(k + 1, bisect_left(starts, x["end"])) if x is not None else k + max(1, len(found["text"].split()))
        if x is None and k + 1 < i and _definite(words[k]) and actor_at.get(k) is None and words[k + 1][:1] == "و" \
                and len(words[k + 1]) > 3 and coder.nominal_actor(article, sent, words, k, k + 1) is None:
            k += 1  # "ويخوض المقاتلون المحليون ووحدات الجيش اليمني معارك": a group's adjective before the
            # next one joined
    if not out and words[verb][:1] == "ب":
        # "سمحت للطائرات العسكرية الأميركية بشن هجمات": who is allowed to carry it out does
        permit = next((p for p in range(verb - 1, max(lo, verb - 8) - 1, -1) if _bare(words[p]) in _PERMITTING), None)
        for k in range(permit + 1 if permit is not None else verb, verb):
            if words[k][:1] == "ل":
                x = actor_at.get(k)
                found = _actor(x) if x is not None else coder.nominal_actor(article, sent, words, k, k + 1)
                if found is not None:
                    return [found], False
    if announcing:  # (a body of the state, by name or unnamed; no person)
        return [a for a in out if a.get("sector") in _SECURITY and a.get("kind") in (None, "ORG")], False
    if not out and (words[verb][:1] not in "وفبل" or words[verb] in _LIGHT_VERBS) \
            and not (verb > 0 and words[verb - 1] in _WHEN_CLAUSE) and (i - verb <= 2 or all(
            w in _TIME_WORDS or is_weekday(w) or w in ("،", ",", "يوم") or w[:1].isdigit() or coder.kb.is_count(w)
            for w in words[verb + 1:i - 1])):
        # the subject before the verb: "إن إسرائيل نفذت بالفعل ضربة جوية في سورية" (not before
        # a verb joined by و, which shares the subject of the verb before: "استقبل ... وعقد معه";
        # the noun its object, at most one word after it: not "نفذت عملية قصف الاجتماع"; past
        # the time between: "فرق الأمن التركية ألقت أمس السبت، القبض على"; nor past a word of when that opens
        # the verb's clause: "وقتل جنديان آخران عندما أرسلت الحكومة تعزيزات", the soldiers sent nothing)
        pre = _preverbal_subject(article, coder, sent, words, verb, lo if verb > lo else floor, actor_at, starts)
        out = [pre[0]] if pre is not None else []
    return out, receiving and _bare(words[verb]) in _RECEIVING


def _does_it_to_antecedent(sent, words: list[str], j: int, actor_at, tok_starts: list[int]) -> bool:
    """A person or a body named right after the verb of a relative clause (ending at `j`), with the
    pronoun of the one the clause is on behind ب after the name, does it to him: "سالوبيك الذي هدد تنظيم
    داعش باعدامه"."""
    x = actor_at.get(j) if j < len(words) else None
    if x is None or x["type"] not in ("ORG", "PER"):
        return False
    after = bisect_left(tok_starts, x["end"])
    return after < len(words) and words[after][:1] == "ب" and sent[after].text.endswith(_POSSESSIVES)


def _told_in_it(words: list[str], i: int, t) -> bool:
    """The trigger at words[i] is said "in it" (فيه، خلاله), a call or a message named before: the
    verb is followed by it (أدان فيه التفجير), or the verb that carries the noun (عبر فيه عن إدانته)."""
    if not t.noun:
        return i + 1 < len(words) and words[i + 1] in _IN_IT
    return any(words[k] in _IN_IT for k in range(max(0, i - 3), i))


def _killed_in_attack(k_b, words: list[str], j: int) -> bool:
    """The killing verb ending at j has no object: right after it, past those killed with
    the subject (مع مسلحين اثنين آخرين) or a time, an attack is what killed (في غارة أمريكية),
    and no count follows it (not "الجيش قتل في غارة جوية عشرة مسلحين"): "أن قياديا كبيرا في تنظيم
    القاعدة قتل مع مسلحين اثنين آخرين في غارة أمريكية"."""
    k = j
    if k < len(words) and words[k] == "مع":
        k += 1
        while k < min(len(words), j + 6) and words[k] not in _CAUSES and words[k][:1].isalpha():
            k += 1
    while k < len(words) and (words[k] in _TIME_WORDS or words[k] in ("،", ",")
                              or (_time_phrase(words[k:k + 1]) and words[k] not in _CAUSES)):
        k += 1  # (a day too: "قتلوا ليل الاربعاء الخميس في غارة")
    return k + 1 < len(words) and words[k] in _CAUSES and words[k] not in _WHILE and _attack_noun(words[k + 1]) \
        and not _definite(words[k + 1]) and not any(k_b.is_count(w) or w[:1].isdigit() for w in words[k + 2:k + 5])
    # (an attack named before, "خلال الهجوم", is when the subject acted: "إن مقاتليه فجروا خلال الهجوم أحد مقرات")


def _told_of(words: list[str], i: int, lo: int) -> tuple[int, int] | None:
    """(the verb of telling, the عن) when the event noun at words[i] is what a verb of telling tells
    "of", one word at most between (أفاد مراسل عن حالة استنفار، تحدث ناشطون عن قصف); None otherwise.
    Not a verb of expressing or announcing, whose subject tells of its own act or stance (أعربت
    الكويت عن إدانتها، أعلن الحزب مسؤوليته عن قتل، أعلنت النقابة عن تظاهرة)."""
    about = next((k for k in (i - 1, i - 2) if k > lo and words[k] == _ABOUT), None)
    if about is None or (about == i - 2 and not words[i - 1][:1].isalpha()):
        return None
    teller = next((r for r in range(about - 1, max(lo, about - 7) - 1, -1) if _bare(words[r]) in _TELLING_OF), None)
    return (teller, about) if teller is not None and teller < about - 1 else None


def _refused_comment(words: list[str], j: int) -> bool:
    """A word of commenting follows the verb of refusal ending at words[j], within five words of
    its subject, with no preposition, punctuation or other word of refusal between (رفض وزير
    الخارجية المصري التعليق، رفض هذا النائب، عبر وسيط، الإدلاء)."""
    for k in range(j, min(len(words), j + 8)):
        if words[k] in _COMMENT:
            return True
        if (words[k] in _PREPOSITIONS and words[k] != "في") or words[k] in (".", "؛", ";", ":", "؟"):
            return False  # (but where its subject is posted: "رفضت متحدثة باسم الجيش في القدس التعليق")
    return False


def _attacker_when(article, coder, sent, words: list[str], j: int, actor_at: dict) -> dict | None:
    """Who attacks in the clause of when after a killing that ends at words[j] (قتل طفل ... حين هاجم
    مستوطنون منزلهم): the subject right after the verb of attacking that follows "when"; None when
    no such clause follows within twelve words, in the sentence."""
    for k in range(j, min(len(words) - 2, j + 12)):
        if words[k] in (".", "؟", "!", "؛", ";"):
            return None
        if words[k] in _WHEN_CLAUSE and any(x.type == "ASSAULT" and not x.noun for x in _starting(words[k + 1])):
            x = actor_at.get(k + 2)
            return _actor(x) if x is not None else coder.nominal_actor(article, sent, words, k + 2, k + 3)
    return None


def _set_by_someone(words: list[str], k: int) -> bool:
    """Within the few words from words[k], a cue of who carried it out (agent_cues.tsv: تسبب به، أضرمه)
    and after it people, a group or a name the lexicons know: the accident before it was set (حريق بمنزلهم
    تسبب به مستوطنون; not تسبب فيه ماس كهربائي)."""
    k_ = kb()
    for m in range(k, min(len(words) - 1, k + 4)):
        if (cue := _agent_cue_at(words, m)):
            after = m + cue
            return after < len(words) and bool(k_.group_of([words[after]]) or k_.role_of([words[after]])
                                                or k_.people_of(words[after]) or k_.actor(words[after]))
        if not words[m][:1].isalnum():
            return False
    return False


def _accident_follows(words: list[str], j: int) -> bool:
    """A cause word and an accident (event_words.tsv, "accident") within the few words after
    a trigger ending at j: "في غرق عبارة", "إثر انهيار منزل", "بسبب تصادم", past the missing
    named with the dead: "قتل 14 شخصا على الأقل وفقد أربعة آخرون جراء إعصار"; or an accident in
    the accusative of manner right after it: "معظم القتلى سقطوا غرقاً"; or a natural disaster
    right after it, its subject: "ضربت هزة أرضية"."""
    if any(w.endswith("ا") and _is_accident(w[:-1]) for w in words[j:j + 2]):
        return True
    if j < len(words) and strip_article(_bare(words[j])).startswith(_NATURAL_DISASTERS):
        return True  # "ضربت هزة أرضية منطقة صحراوية", "ضرب زلزال": a disaster is the verb's subject
    for k in range(j, min(len(words) - 1, j + 14)):
        # a natural disaster further on in the sentence, behind a word that says "because of" (جراء،
        # بسبب; not في or خلال: "هجوما ... خلال عاصفة ترابية") or the subject of the verb after a word
        # that opens a clause of when: "قتلوا وأصيب 13 آخرون، بعدما اجتاحت عاصفة قوية غرب مقدونيا"
        if words[k] in (".", "؛", ";", "؟", "!"):
            break
        if _bare(words[k]) in _CAUSES_OR_WHEN and any(
                strip_article(_bare(w)).startswith(_NATURAL_DISASTERS) for w in words[k + 1:k + 3]):
            return True
    first = True
    for k in range(j, min(len(words) - 1, j + 12)):
        if _has_bi(words[k]) and _is_accident(words[k]):
            return not _set_by_someone(words, k + 1)  # "مقتل ثلاثة أشخاص بتحطم طائرة", "بحريق"
        if _bare(words[k]) in _CAUSES and (first or _bare(words[k]) not in _DURING_OR_IN or (
                words[k] == "في" and strip_article(_bare(words[k + 1])).startswith(_ACCIDENTS))):
            # (a later في too, right before the accident: "قتلوا في افغانستان في اليوم نفسه في تحطم مروحية")
            first = False
            nxt = strip_article(_bare(words[k + 1]) if words[k + 1][:1] in "بل" else words[k + 1])
            if nxt.startswith(_ACCIDENTS) or (nxt in _MISHAPS and _mishap_accident(words, k + 1)):
                return not _set_by_someone(words, k + 2)
            # ("قتل ثلاثة أشخاص في حادث سير", "في حادث اصطدام": a road accident; and past a place, a
            # word of cause: "هزت انفجارات ... في سماء مدينة تعز ... إثر احتراق مخازن نفط", not "during")
        if not words[k][:1].isalnum() and not (words[k] in ("،", ",") and words[k + 1] in _DEAD_ASIDE):
            break  # (an aside on who the dead were goes on: "قتل أربعة أطفال وثلاث نساء، هم جميعا أفراد
            # عائلة واحدة في صاعقة")
    return False


_DEAD_ASIDE = frozenset(fold(w) for w in ("هم", "وهم", "هما", "وهما", "بينهم", "وبينهم", "منهم", "ومنهم"))


def _by_accident(words: list[str], x: tuple[int, int, Trigger], attacks: frozenset[int] | set[int]) -> bool:
    """The killing trigger `x` tells a death an accident or a disaster caused (مقتل 36 في غرق عبارة، إثر
    انهيار منزل، لقي ... مصرعهم ... بسبب الأمطار): no attack."""
    return x[2].type == "ASSAULT" and (_accident_follows(words, x[1]) or _accident_before(words, x[0], x[2], attacks)
                                       or (x[2].follows == _DEATHS and _death_by_accident(words, x[1])))


def _accident_headline(title: str | None) -> bool:
    """A headline that tells deaths an accident or a disaster caused (مقتل 14 شخصا وفقدان 4 في الصين
    جراء الإعصار، مقتل تسعة لاجئين سوريين في حادث سير): the story of an accident, whose body goes on
    to count its dead with no cause in the sentence ("وقتل 12 شخصا وفقد اربعة اخرون في مدينة ونتشو")."""
    if not title:
        return False
    words = [t.norm for t in tokenize(normalize(title))]
    found = [x for x in find_triggers(words) if x[2].type == "ASSAULT"]
    if not found and words and strip_article(_bare(words[0])).startswith(_NATURAL_DISASTERS):
        return True  # "الإعصار «سودلور» يودي بـ 14 شخصا في الصين": a disaster the headline opens with took them
    attacks = {x[0] for x in found}
    return bool(found) and all(_killing_told(x[2]) and _by_accident(words, x, attacks) for x in found)


def _killing_told(t: Trigger) -> bool:
    """A trigger that tells a death, not an attack (مقتل، قتلى، قتل، لقي مصرعه، استشهد)."""
    return t.patient or t.undergoer or t.follows == _DEATHS or t.words[0] in _DEATH_TRIGGERS


_LED = tuple(tuple(fold(p).split()) for p in ("التي تقودها", "الذي تقوده", "التي يقودها", "الذي يقوده", "تحت قيادة",
                                               "بقيادة", "التي تتزعمها", "الذي تتزعمه"))


def _led_by(words: list[str], k: int) -> int:
    """Where the leader is named when words[k:] say "led by" (التي تقودها، بقيادة); past the end otherwise."""
    for cue in _LED:
        if tuple(words[k:k + len(cue)]) == cue:
            return k + len(cue)
    return len(words)


def _mishap_accident(words: list[str], m: int) -> bool:
    """The mishap noun at words[m] (حادث) is an accident: a word of road traffic or of an accident
    among the three after it (حادث سير، حادث اصطدام سيارة، حادث على طريق الملك فهد)."""
    return any(strip_article(_bare(w)) in _TRAFFIC or _is_accident(w) for w in words[m + 1:m + 4])


def _death_by_accident(words: list[str], j: int) -> bool:
    """Around a trigger of meeting one's death (لقي ... مصرعه) ending at j, the sentence tells an
    accident, before it or within twenty words after: a word of an accident (انهيار، غرق), one in
    the accusative of manner (غرقا), a mishap of the road (في حادث مروري) or a natural disaster."""
    for k in range(0, min(len(words), j + 20)):
        w = words[k]
        if w in (".", "؟", "!"):
            break
        if _is_accident(w) or (w.endswith("ا") and _is_accident(w[:-1])) \
                or (strip_article(_bare(w)) in _MISHAPS and _mishap_accident(words, k)) \
                or strip_article(_bare(w)).startswith(_NATURAL_DISASTERS):
            return True  # (and "بحوادث مماثلة ... بسبب الأمطار الغزيرة": weather)
    return False


def _is_accident(w: str) -> bool:
    """A word of an accident, a disaster or a disease (event_words "accident"), behind its clitics
    (not the name of a force with the article: الصاعقة)."""
    b = strip_article(_bare(w))
    return b.startswith(_ACCIDENTS) and not (b in _FORCE_NAMES and _definite(w.strip("()«»\"")))


def _accident_before(words: list[str], i: int, t, attacks: frozenset[int] | set[int] = frozenset()) -> bool:
    """An accident, a disaster or a disease as the subject a few words before a killing verb
    at i, in its clause: "إن حريقا قتل أربعة أشخاص", "تفشيا فتاكا لداء المحاربين القدماء قتل";
    or, for a killing noun right after a verb of result, the natural disaster the sentence tells
    before it with no attack (`attacks`: where the sentence's attack triggers start) between: "لموجة أمطار
    مصحوبة بعواصف شديدة، مما أدى إلى مقتل 11 شخصا"."""
    if t.noun:
        if not any(_bare(w) in _RESULTS for w in words[max(0, i - 14):i]):
            return False  # ("تسبب تحطم طائرة ركاب صغيرة في إحدى ضواحي العاصمة اليابانية طوكيو في مقتل")
        for k in range(i - 1, max(-1, i - 25), -1):
            if words[k] in (".", "؛", ";") or k in attacks:
                return False
            if strip_article(_bare(words[k])).startswith(_NATURAL_DISASTERS) or _is_accident(words[k]):
                return True  # (and "حرائق غابات أسفرت عن مقتل شرطي", "حريق في مصنع أسفر عن")
        return False
    for k in range(i - 1, max(-1, i - 12), -1):
        w = words[k]
        if not w[:1].isalnum() or w in _COMPLEMENTIZERS:
            return False
        if _is_accident(w) and (i - k < 7 or words[i][:1] == "ف"):
            return True  # (further back, with the killing verb behind ف, "so": "عبارة انقلبت قبالة ساحل
            # وسط الفلبين وسط أمواج متلاطمة اليوم الخميس فلقي 36 شخصا حتفهم")
    return False


def _key_player(words: list[str], k: int) -> bool:
    """The word of sport at `k` is a player in a figure of speech: لاعب before an adjective of
    weight (event_words player-figure: إيران لاعب إقليمي، الحوار يبقى لاعبا أساسيا)."""
    return _bare(words[k]).startswith("لاعب") and k + 1 < len(words) and words[k + 1] in _PLAYER_FIGURE


def _health_or_disaster(words: list[str]) -> bool:
    """The sentence names a hospital, health or a disaster (event_words accident)."""
    return any(_is_accident(w) or strip_article(_bare(w)).startswith(("مستشفي", "صحي")) for w in words)


def _over_disaster(words: list[str], j: int) -> bool:
    """A cause word in the clause after words[:j], a disaster within four words after it
    (إثر اتساع نطاق حرائق الغابات, بسبب الفيضانات); or hospitals right after, the emergency
    theirs (أعلنت حالة الطوارئ في مستشفيات المنطقة)."""
    after = words[j + 1] if j + 1 < len(words) and words[j] == "في" else words[j] if j < len(words) else ""
    if strip_article(_bare(after)).startswith("مستشفي"):  # (مستشفى folded, مستشفيات)
        return True
    for k in range(j, min(len(words), j + 12)):
        if words[k] in (".", "،", ",", "؛"):
            return False
        if _bare(words[k]) in _CAUSES and (words[k] not in ("في", "خلال", "بعد") or words[k + 1:k + 2] == ["ان"]) \
                and any(map(_is_accident, words[k + 1:k + 5])):
            # (بعد only as بعد أن: "بعد أن دمرت السيول معظم الجسور")
            return True
    return False




def _oblique(words: list[str], k: int, x: dict, tok_starts: list[int]) -> bool:
    """The actor `x`, named from words[k], stands behind a preposition, as a word before it or a
    letter on it (لمركز الملك سلمان، في الرياض، مع الوفد): no subject of a verb joined by و after it
    ("قام الزياني بزيارة لمركز الملك سلمان والتقى": al-Zayani met)."""
    # (or with it, where the name took the letter in: "للحوثيين")
    # (and behind its head the name leaves out, itself behind one: "لدى حركة بوكو حرام")
    if k > 1 and kb().org_head(words[k - 1]) is not None and not _definite(words[k - 1]):
        k -= 1
    return x["start"] > tok_starts[k] and words[k][:1] in "لب" or (x.get("text", "").startswith("لل") and words[k].startswith("لل")) or (k > 0 and (
        words[k - 1] in _LOCATIVE or words[k - 1] in _TARGET_PREPS or words[k - 1] in ("من", "عن", "مع")))


_VERB_OPENERS = frozenset(fold(w) for w in ("حيث", "بينما", "فيما", "كما", "قد", "لقد", "وقد", "بدوره", "بدورها",
                                             "ثم", "كذلك", "وكذلك", "أيضا", "ايضا", "عندما", "حين", "جهته", "جانبه"))
_RESIDENTS = frozenset(fold(w) for w in ("أهالي", "سكان", "أبناء", "مشايخ", "شيوخ", "أعيان", "وجهاء", "مواطني"))
_RECENTLY = frozenset(fold(w) for w in ("مؤخرا", "مؤخراً", "سابقا", "حينها", "وقتها", "لاحقا"))


def _reporter_before(words: list[str], actor_at: dict, pos: int, tok_starts: list[int]) -> dict | None:
    """The person or body named as the subject of the nearest reporting verb before words[pos]
    (أعلن رئيس الوزراء التركي أحمد داود أوغلو), within ten words after the verb; None if none."""
    for k in range(pos - 1, -1, -1):
        if _reporting(words[k]):
            return next((x for kk, x in sorted(actor_at.items()) if k < kk <= k + 10 and kk < pos
                         and x["type"] in ("PER", "ORG") and not _is_outlet(x)
                         and not _oblique(words, kk, x, tok_starts)), None)
    return None


_AFFIRMERS = frozenset(_WORDS["affirming"])  # أكد، شدد، جدد


def _affirmer_before(words: list[str], actor_at: dict, on: int, tok_starts: list[int]) -> dict | None:
    """The person or body right after a verb of affirming (أكد، شدد، جدد) whose على is at words[on], the
    verb within twelve words before it and nothing but the subject's name and titles between."""
    for k in range(on - 1, max(-1, on - 13), -1):
        if words[k] in _AFFIRMERS or (words[k][:1] == "و" and words[k][1:] in _AFFIRMERS):
            return next((x for kk, x in sorted(actor_at.items()) if k < kk < on and x["type"] in ("PER", "ORG")
                         and not _is_outlet(x) and not _oblique(words, kk, x, tok_starts)), None)
        if not words[k][:1].isalnum() or words[k] in _COMPLEMENTIZERS or _starting(words[k]):
            return None
    return None


_WAS = frozenset(fold(w) for w in ("كان", "كانا", "كانوا", "كانت", "كانتا"))
_DELEGATION = frozenset(fold(w) for w in ("وفد", "وفدا", "وفود"))


def _nominal_reporter(article, coder, sent, words: list[str], pron: int) -> dict | None:
    """The unnamed body or group (الشرطة الإيطالية، قوات الأمن) that is the subject of the verb of
    saying whose "that" the pronoun at `pron` is on, named within three words after the verb."""
    rep = next((k for k in range(pron - 1, max(-1, pron - 14), -1) if _reporting(words[k])), None)
    if rep is not None and _participle(words[rep]) and coder.nominal_actor(article, sent, words, rep + 1, rep + 2) is None:
        # ("أعلن الجيش النيجيري أنه حرر ...، مؤكدًا أيضًا أنه اعتقل": the participle's subject is the verb's before it)
        rep = _verb_of_participle(words, rep)
    if rep is None:
        return None
    return next((a for kk in range(rep + 1, min(pron, rep + 4))
                 if (a := coder.nominal_actor(article, sent, words, kk, kk + 1)) is not None and kk == rep + 1
                 and a.get("sector") not in (None, "CVL")), None)


def _woman_titled(words: list[str], tok_starts: list[int], person: dict) -> bool:
    """The person's name follows a title in the feminine (السيناتورة دايني فينستاين، الوزيرة):
    "her" may be hers."""
    k = bisect_right(tok_starts, person["start"]) - 1
    w = words[k - 1] if k > 0 else ""
    return len(w) > 3 and w.endswith("ه") and (_definite(w) or kb().role_of([w[:-1]]) is not None)


def _named_after(article: Article, sent, j: int, sent_ents: list[dict], actors: list[dict]) -> list[dict]:
    """Those of `actors` named after the trigger ending at token j, in its sentence: the object of a
    verb whose subject is in it (نطالب، وهو يتوعد), read first as its subject."""
    return [a for a in actors if _start_in(article, a, sent_ents, sent[j - 1].end, sent[-1].end) >= 0]


def _start_in(article: Article, a: dict, sent_ents: list[dict], lo: int, hi: int) -> int:
    """Where the actor `a` (named, or unnamed by its words) starts between the offsets `lo` and
    `hi` of the article's text; -1 when it is not there."""
    if a.get("entity"):
        at = next((x["start"] for x in sent_ents if x["id"] == a["entity"]), -1)
        return at if lo <= at < hi else -1
    return article.text.find(a["text"], lo, hi)


_AND_HE = frozenset(fold(w) for w in ("وهو", "وهي", "وهم", "وهما"))


def _antecedent(article, coder, sent, words: list[str], p: int, actor_at: dict) -> list[dict]:
    """The actor named right before the pronoun at words[p] (behind a comma at most), or in
    construct within the three words before it (أحد مقاتلي التنظيم: the group): [] when none."""
    end = p - 2 if p >= 2 and words[p - 1] in ("،", ",") else p - 1
    for kk in range(end, max(-1, end - 3), -1):
        x = _ending_at(actor_at, sent, kk)
        if x is not None and x["type"] in ("PER", "ORG"):
            return [_actor(x)]
        nominal = coder.nominal_actor(article, sent, words, kk, kk + 1)
        if nominal is not None:
            return [nominal]
    return []


def _we_verb(w: str, t) -> bool:
    """`w`, a verb of the trigger `t`, is in the first person plural (نطالب، ونرفض), or singular
    with the future prefix (سألتقي): its form with the prefix of "he" (يطالب، يرفض، يلتقي) is a verb
    trigger of the same type."""
    v = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    if v[:2] in ("سن", "سا") and len(v) >= 5:
        v = v[1:]  # (with the future prefix, and then of "I" too: سألتقي بنفسي مع قادتنا)
    return len(v) >= 4 and v[:1] in "نا" and (v[:1] == "ن" or w[:2] in ("سا", "وس", "فس")) \
        and any(x.type == t.type and not x.noun for x in _starting("ي" + v[1:]))


def _we_verb_form(w: str) -> bool:
    """`w` reads as a verb of "we" (نكف، نواصل، ونرفض): behind the prefix ن, a stem the corpus writes
    often with the prefix of "he" and seldom with the article (not نظام، نحو، نفس)."""
    v = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    if len(v) < 3 or v[0] != "ن":
        return False
    freq = word_frequencies() or {}
    return freq.get("ي" + v[1:], 0) >= _VERB_SEEN and freq.get("ال" + v, 0) * 10 < freq.get("ي" + v[1:], 0)


def _relative_subject(sent, words: list[str], i: int, sent_ents: list[dict]) -> dict | None:
    """The antecedent of a relative clause with a present verb that the present verb at `i`,
    behind و, goes on with: "موقف منظمة التعاون الإسلامي التي تدين بقوة ... وترفض" (the
    organisation rejects); None when there is none."""
    if words[i][:2] not in ("وي", "وت"):
        return None
    for a in range(i - 2, max(0, i - 30) - 1, -1):
        if words[a] in _RELATIVES:
            if words[a + 1][:1] not in "يت" or a == 0:
                return None
            x = next((x for x in sent_ents if x["end"] == sent[a - 1].end and x["type"] in ("PER", "ORG")), None)
            return _actor(x) if x is not None else None
        if words[a] in (".", "؟", "!", "؛") or _reporting(words[a]):
            return None
    return None


def _listed_before(words: list[str], kk: int, actor_at: dict, tok_starts: list[int]) -> list[dict]:
    """The named actors listed right before the unnamed one at `kk` that و joins to them (ممثلون عن أوكرانيا
    وروسيا والمتمردين: Ukraine and Russia, before the rebels), first to last; [] when it is joined to none."""
    out: list[dict] = []
    m = kk
    while m > 0 and words[m][:1] == "و":
        x = next(((s, y) for s, y in actor_at.items() if y.get("end") and bisect_left(tok_starts, y["end"]) == m), None)
        if x is None:
            break
        out.append(_actor(x[1]))
        m = x[0]
    return out[::-1]


_FIRST = fold("أول")
_BEING_FIRST = frozenset(_WORDS["being-first"])  # (سيغمار غابريال، الذي كان اول مسؤول غربي يزور)


def _first_to_do(words: list[str], i: int, lo: int, actor_at: dict, tok_starts: list[int]) -> dict | None:
    """The one named as "the first" to do the act of the present verb at `i` (سيغمار غابريال، الذي كان اول
    مسؤول غربي يزور ايران; ليصبح أول رئيس يزور): the name before أول past a copula or a relative;
    None when there is none."""
    if words[i][:1] not in "يت" or i - 2 < 0:
        return None
    m = next((m for m in range(i - 1, max(0, i - 4) - 1, -1) if words[m] == _FIRST), None)
    if m is None or m == i - 1 or not all(v[:1].isalpha() and not _definite(v) for v in words[m + 1:i]):
        return None
    a = m
    while a > 0 and a > m - 4 and words[a - 1] in _BEING_FIRST:  # (past the clause's start: its antecedent)
        a -= 1
    if a == m:
        return None
    return next((x for x in actor_at.values() if x["type"] in ("PER", "ORG") and x.get("end")
                 and bisect_left(tok_starts, x["end"]) == a), None)


def _relative_goes_on(words: list[str], a: int, i: int) -> bool:
    """A relative clause with a present verb opens right after the name ending before
    words[a], and the present verb at `i`, behind و, goes on with it: the name is its subject
    ("موقف منظمة التعاون الإسلامي التي تدين بقوة ... وترفض")."""
    return a + 1 < i and words[a] in _RELATIVES and words[a + 1][:1] in "يت" \
        and words[i][:2] in ("وي", "وت") and not any(w in _RELATIVES for w in words[a + 1:i])


def _object_of_verb_before(words: list[str], pre: tuple, i: int, lo: int, actor_at: dict, tok_starts: list[int]) -> bool:
    """The one named right before the verb at `i`, behind و (`pre`: actor, first token), is the
    object of a verb before it whose subject is named too: before that verb (إن الرئيس هادي التقى
    السفير الأمريكي وطالب) or between them (التقى الرئيس هادي السفير الأمريكي وطالب); not that
    verb's subject (وصل الرئيس الفرنسي والتقى: both his)."""
    x, a = pre
    end = bisect_left(tok_starts, x["end"]) if x.get("end") else a + len(x["text"].split())
    if a <= lo or end != i:
        return False
    if words[a - 1] in ("من", "عن", "مع", "علي", "الي", "في") or words[a - 1] in _TARGET_PREPS:
        return True  # "سخرت حركة الشباب من كينيا وهددتها": one behind a preposition is no subject
    start = max([lo] + [v + 1 for v in range(lo, a) if words[v] in _COMPLEMENTIZERS or words[v] in ("،", ",")])
    if a - 2 >= start and _title_head(words[a - 1]) and (words[a - 2] in ("مع", "عن", "من") or words[a - 2] in _TARGET_PREPS):
        return True  # "أجرى الرئيس هادي اتصالا هاتفيا مع أمير قطر وطالب": in the title of one behind a preposition
    named = next((kk for kk, y in actor_at.items() if y["type"] == "PER" and bisect_left(tok_starts, y["end"]) == a), None)
    if named is not None and named > start and (words[named - 1] in ("مع", "عن") or words[named - 1] in _TARGET_PREPS):
        return True  # "اتصالا هاتفيا مع احمد داود اوغلو رئيس الوزراء التركي وطالب": the title of one behind it
    verb = next((v for v in range(a - 1, start - 1, -1) if any(not t.noun for t in _starting(words[v]))), None)
    if verb is None:
        return False
    ends = {bisect_left(tok_starts, y["end"]) for y in actor_at.values() if y["type"] in ("PER", "ORG")}
    return verb in ends if verb == a - 1 else any(verb < kk < a for kk in actor_at)


def _titled_from(words: list[str], k: int, lo: int) -> int:
    """Where the name at words[k] starts with the title and forms of address right before it (الرئيس
    هادي، الرئيس اليمني هادي), back to `lo` at most."""
    vocab = kb().title_words()
    head = k
    while head > lo and k - head < 4 and (strip_article(words[head - 1]) in vocab or words[head - 1] in _HONORIFICS
                                          or kb().cue_kind(words[head - 1]) == "title"
                                          or (head < k and kb().nationality_of(words[head - 1]))):
        head -= 1
    return head


def _oblique_before(words: list[str], x: dict, tok_starts: list[int], before) -> bool:
    """The actor `x` is inside the title of one behind a preposition (مع أمير قطر: Qatar) or is
    the title right after one there (مع احمد داود اوغلو رئيس الوزراء التركي)."""
    at = bisect_left(tok_starts, x["start"])
    for back in range(at - 1, max(-1, at - 4), -1):
        w = words[back]
        if w in ("مع", "ب") or w in _TARGET_PREPS or (w[:1] in "لب" and _bare(w) != w and _title_head(w)):
            return True
        if not (strip_article(w) in kb().title_words() or _title_head(w)
                or any(bisect_left(tok_starts, y["end"]) == back + 1 for _, y in before)):
            return False
    return False


def _verb_first(words: list[str], k: int) -> bool:
    """words[k] reads as a verb that opens its clause, its subject after it (وصف المالكي): a word
    with no article and no preposition, not a particle, a number or a word of time."""
    w = words[k]
    return len(w) >= 3 and w[:1].isalpha() and not _definite(w) and w not in _PREPOSITIONS \
        and w not in _PARTICLES and not _time_phrase([w]) and not kb().is_count(w) and not _prepositional(w) \
        and not _has_bi(w) and not (w[:1] == "ل" and _bare(w) != w) and kb().role_of([w]) is None \
        and kb().group_of([w]) is None


def _past_verb_by_use(w: str) -> bool:
    """`w` reads as a past verb by its use in the corpus: seen often, never with the article (استطاع،
    استجاب، قال; not رجال, الحكومة, سعيد), no first name (ياسر), no word of time or count, none with a
    preposition or a pronoun on it (بإشراف، قبلهم، عمه) and no adverb (كذلك)."""
    if len(w) < 3 or _definite(w) or w in kb().first_names or _time_phrase([w]) or not w[:1].isalpha() \
            or _bare(w) != w or w[:1] in "بلك" or _among(w, _SEQUENCE) or w in _DEMONSTRATIVES or _among(w, _ADVERBS) \
            or w.endswith(("ه", "ها", "هم", "هما")):
        return False  # (nor a noun with a pronoun on it: "وعمه شزيب أحمد خان", his uncle)
    freq = word_frequencies() or {}
    return freq.get(w, 0) >= 5 and not freq.get("ال" + w, 0)


def _in_charge(words: list[str], j: int, k: int) -> bool:
    """words[k] is in the phrase of a charge that starts after the trigger ending at `j`, within eight
    words before it and no punctuation between (بتهمة التعامل مع ...، بشبهة الانتماء إلى ...)."""
    return any(words[p].startswith(("بتهم", "بشبهه")) and all(v[:1].isalpha() for v in words[p + 1:k])
               for p in range(max(j, k - 8), k))


def _charged_after(words: list[str], k: int, n: int) -> bool:
    """A charge follows words[k], within eight words (بتهمة، بتهم الرشوة، للاشتباه في): who is
    named before it is held on it."""
    return any(w.startswith(("بتهم", "للاشتباه", "بشبهه")) for w in words[k:min(n, k + 8)])


def _first_person_before(actor_at: dict, pos: int, words: list[str] | None = None) -> dict | None:
    """The first person the sentence names before token `pos`: the subject its clauses take up
    (وذلك خلال لقائه، والتقى خلالها, a form of address); with `words`, not one addressed behind a
    preposition on a form of address (لفخامة الرئيس عبدالفتاح السيسي)."""
    return next((x for kk, x in sorted(actor_at.items()) if kk < pos and x["type"] == "PER" and not (
        words and any(w[:1] in "لب" and w[1:] in _HONORIFICS for w in words[max(0, kk - 3):kk]))), None)


def _opening_nominal(article, coder, sent, words: list[str], i: int, lo: int, actor_at: dict | None = None) -> dict | None:
    """The actor right after the past verb (one the corpus knows as one, a trigger's, or any in the
    feminine) that opens the clause of the verb at words[i], at the sentence's start or after a comma
    (برأت محكمة سودانية، واعتقلت الشرطة): an unnamed one of a known country, or, given `actor_at`, any
    unnamed one or a person or body named there; with no comma or other event word between it and
    words[i]. None otherwise."""
    start = max((x + 1 for x in range(lo, i) if words[x] in ("،", ",")), default=lo)
    verb = words[start][1:] if words[start][:1] in "وف" and len(words[start]) > 3 else words[start]
    if start + 1 >= i or not (_past_verb_by_use(verb) or (actor_at is not None and any(
            not x.noun for x in _starting(words[start]))) or (
            len(verb) > 3 and verb.endswith("ت") and not _definite(verb) and verb not in _PREPOSITIONS)):
        return None
    if actor_at is not None and (x := actor_at.get(start + 1)) is not None and x["type"] in ("PER", "ORG"):
        found = _actor(x)
    else:
        found = coder.nominal_actor(article, sent, words, start + 1, start + 2)
        if found is None or (actor_at is None and found.get("country") is None):
            return None
    if any(_starting(w) and not w[:1] == "و" for w in words[start + 1:i]):
        return None
    return found


def _evidence_subject(words: list[str], i: int) -> bool:
    """The verb at words[i] has evidence or documents for its subject: right before it, or before
    the relative that opens its clause, past up to two adjectives (أدلة تدعم، الملفات الخطيرة التي
    تدين)."""
    k = i - 1
    if k >= 0 and words[k] in _RELATIVES:
        k -= 1
        while k > 0 and i - k <= 4 and _definite(words[k]) and strip_article(words[k]) not in _EVIDENCE:
            k -= 1  # (past its adjectives)
    return k >= 0 and strip_article(words[k]) in _EVIDENCE


def _visitor_after_also(coder, article, sent, words: list[str], i: int, j: int, actor_at: dict) -> dict | None:
    """The subject of a verb of visiting right after "، كما" whose object, a place or a thing no one
    names, follows it at once without the article (كما زار منفذ الطوال; not "كما زار الشيخ محمد
    العيسى"): the first person the sentence names before the comma, or else its first body; None
    otherwise."""
    if i < 3 or words[i - 1] != "كما" or words[i - 2] not in ("،", ","):
        return None
    k = _past_time(words, j)
    if k >= len(words) or not words[k][:1].isalpha() or k in actor_at or words[k] in _PREPOSITIONS \
            or _definite(words[k]) or coder.nominal_actor(article, sent, words, k, k + 1) is not None \
            or coder.kb.role_of([words[k]]) is not None:
        return None
    x = _first_person_before(actor_at, i - 2, words) or _visitor_before(actor_at, i - 2)
    return _actor(x) if x is not None else None


def _clitics_rejoined(words: list[str]) -> list[str]:
    """The words with a preposition letter written apart before a quotation mark or a bracket (لـ«داعش»، بـ"الإرهاب")
    joined again to the word it governs, as it is when written on it (لداعش): its token stays as it was."""
    out = list(words)
    for k in range(len(words) - 2):
        if words[k] in _APART_PREFIXES and words[k + 1] in _APART_MARKS and words[k + 2][:1].isalpha():
            out[k + 2] = words[k] + words[k + 2]
    return out


_APART_PREFIXES = frozenset({"ل", "ب", "ول", "وب", "فل", "فب"})  # (folded; the tatweel of لـ is gone)
_APART_MARKS = ("«", "“", '"', "(")  # (and a bracket: "دعمها لـ(حزب الله) اللبناني")


def _of_security(x: dict) -> bool:
    """A body of the state that arrests, or a person of its forces (a minister does not arrest: "نجا مصطفى الدباشي،
    وزير داخلية الحكومة الانتقالية ... وأضافت أنه «تم القبض على المتهم")."""
    return x.get("sector") in _SECURITY and (x.get("type") != "PER" or x.get("sector") != "GOV")


def _past_marks(words: list[str], at: int) -> int:
    """The first token from `at` past a preposition letter written apart and quotation marks ("بانتمائه لـ«داعش»":
    داعش, which `_clitics_rejoined` reads لداعش)."""
    while at < len(words) - 1 and (words[at] in ("«", "“", '"') or (
            words[at] in _APART_PREFIXES and words[at + 1] in _APART_MARKS)):
        at += 1
    return at


def _site_named(words: list[str], actor_at: dict, a: dict) -> bool:
    """Actor `a` is a body the sentence names with the head of a site (شركة، جامعة، مصنع) opening or right before
    its name: a place one visits."""
    kk = next((kk for kk, x in actor_at.items() if a.get("entity") is not None and x.get("id") == a["entity"]), None)
    return kk is not None and actor_at[kk]["type"] == "ORG" and (
        strip_article(_bare(words[kk])) in _SITES or (kk > 0 and strip_article(_bare(words[kk - 1])) in _SITES))


def _visitor_before(actor_at: dict, pos: int) -> dict | None:
    """The first person or body (no outlet) the sentence names before token `pos`: whose visit a
    meeting or talks "during it" (خلالها) belong to."""
    return next((x for kk, x in sorted(actor_at.items()) if kk < pos and x["type"] in ("PER", "ORG")
                 and not _is_outlet(x)), None)


def _name_tokens(sent, actor_at: dict) -> set[int]:
    """The tokens the names in `actor_at` (first token -> entity) cover."""
    starts = [tk.start for tk in sent]
    return {y for kk, x in actor_at.items() for y in range(kk, bisect_left(starts, x["end"]))}


def _listed(actor_at: dict, sent, last, k: int, t=None) -> bool:
    """The comma before words[k] follows an actor right before it (أكار، ونظيره القطري; الولايات
    المتحدة، الصين): a list, not a comma that closes a phrase of time or place (التقى بحاح، امس في
    مقر الحكومة، وزير الدولة); after a verb of calling on, blaming or backing, one who follows a
    person's name set off by a comma is its object (ودعا المتحدث العقيد محمد العاصمي، المواطنين)."""
    if t is not None and not t.noun and t.type in _ADDRESSED and last is not None \
            and (last[3] or (last[2] and actor_at.get(k) is None and sent[k].norm[:1] != "و")) \
            and ((actor_at.get(k) is None and (kb().role_of([sent[k].norm]) is None or sent[k].norm in kb().group_roles))
                 or ((actor_at.get(k) or {}).get("type") in ("ORG", "LOC") and not (sent[k].norm[:1] == "و" and _bare(sent[k].norm) != sent[k].norm))):
        return False  # (but a title set off after the name is his: "طالب الدكتور أحمد اليوسف، أستاذ الإعلام";
        # a body or a country is called on: "طالب رئيس اللجنة العقارية بغرفة جدة خالد الغامدي، وزارة العمل",
        # "ودعا الدكتور العطية، الولايات المتحدة الأمريكية إلى بذل جهد"; and after a body's name, those no
        # name names: "دعت وزارة الداخلية، المواطنين كافة، إلى")
    opening = next((x for x in range(k - 3, max(0, k - 9), -1) if sent[x].norm in ("،", ",")), None)
    if opening is not None and opening >= 1 and kb().role_of([sent[opening + 1].norm]) is not None \
            and (named := _ending_at(actor_at, sent, opening - 1)) is not None and named["type"] == "PER" \
            and not any(sent[x].norm in ("،", ",") for x in range(opening + 1, k - 1)):
        return False  # "التقى الوزير عادل الجبير، وزير الخارجية السعودي، نظيره الأمريكي": the comma closes the
        # title set off after a name; who follows is no one listed with him
    return (last is not None and last[1] == k - 1) or (k >= 2 and _ending_at(actor_at, sent, k - 2) is not None)


def _side_of_between(words: list[str], k: int, lo: int) -> bool:
    """words[k] is one of the two sides after "between": right after it, or joined by و to the one
    right after it (بين لبنان وإسرائيل)."""
    if k > lo and _bare(words[k - 1]) == "بين":
        return True
    return words[k][:1] == "و" and any(_bare(words[x]) == "بين" for x in range(max(lo, k - 4), k - 1))


def _joined_oblique(words: list[str], k: int, lo: int, tok_starts: list[int]) -> bool:
    """words[k] is joined by و to a noun behind a preposition letter or word right before it
    (أهداف للجيش والشرطة): a complement, as that noun is."""
    return lo < k and words[k][:1] == "و" and _bare(words[k]) != words[k] \
        and _oblique(words, k - 1, {"start": tok_starts[k - 1] + 1}, tok_starts)


def _prepositional(w: str) -> bool:
    """A definite noun behind a preposition letter: بالعاهل, للرئيس, كالجيش."""
    return len(w) > 4 and (w[0] in "بك" and w[1:3] == "ال" or w.startswith("لل"))


def _giver_in_construct(article, coder, sent, words: list[str], j: int, actor_at: dict) -> dict | None:
    """Who is in construct with a noun of help behind بـ, at words[j] (بدعم طيران التحالف), or
    past the strikes that gave it (بمساعدة غارات التحالف العربي)."""
    for k in (j, j + 1):
        if k >= len(words):
            return None
        found = _actor(actor_at[k]) if k in actor_at else coder.nominal_actor(article, sent, words, k, k + 1)
        if found is not None or _definite(words[k]) or not any(
                x.type == "ASSAULT" and x.noun for x in _starting(words[k])):
            return found
    return None


def _has_bi(w: str) -> bool:
    """The preposition بـ is on `w` (بانفجار, بغارة)."""
    pre, _, _ = split_clitics(w, word_frequencies())
    return ("ب", "proclitic") in pre


# a preposition with a pronoun that takes up a relative clause's antecedent (فيه, بها, عليه):
# "في الوقت الذي هاجم فيه": the time, no subject of the verb
_RESUMPTIVE = frozenset(fold(p + s) for p in ("في", "ب", "ل", "علي", "الي", "عن", "من", "منه")
                        for s in ("ه", "ها", "هم", "هما"))


def _craft(actor: dict) -> bool:
    """An unnamed actor that is an aircraft, a ship or a convoy (طائرتان سعوديتان)."""
    words = fold(actor["text"]).split()
    return actor.get("entity") is None and bool(words) and _bare(words[0])[:4] in _CRAFT_STEMS


def _installation(actor: dict) -> bool:
    """An unnamed actor that is a military installation (قاعدة عسكرية، الثكنة)."""
    words = fold(actor["text"]).split()
    return actor.get("entity") is None and bool(words) and strip_article(_bare(words[0])) in _INSTALLATIONS


def _armed_group(kb, w: str) -> bool:
    """`w` is a noun of armed men or forces that names an actor alone (قوات، مقاتلين، جنود، مسلحين),
    not a title (اللواء, a brigade, is a general too)."""
    hit = kb.group_of([w])
    return hit is not None and hit[1] in _ARMED and hit[2]


_ARRESTED_SECTORS = frozenset({"CVL", "JRN", "EDU", "LAB", "OPP", "REF", "CRM"})  # who is arrested, never arrests
_CROWD_COUNTS = frozenset(_WORDS["crowd-count"])


def _mover_subject(kb, words: list[str], i: int) -> bool:
    """A craft or armed men are the subject before the verb of arriving at `i`: a craft word
    among the five words before it, in its clause, behind no preposition (أول طائرة تتبع
    الصليب الأحمر وصلت; not "على متن طائرة"); or armed men or forces among the eight words
    before it (ألف مقاتل يمني تلقوا تدريبا في السعودية وصلوا إلى عدن: a deployment); things right
    after it, a plural in ات that names no one (ووصلت المكيفات); or a craft after it, past where it
    arrives, among the eleven words after it."""
    lo, hi = _clause(words, i, i + 1)

    def free(k: int) -> bool:  # behind no preposition, its own or a word's before it
        return words[k][:1] not in "بل" and not (
            k > 0 and (words[k - 1] in _TARGET_PREPS or words[k - 1] in _LOCATIVE or words[k - 1] == "متن"))

    for k in range(max(lo, i - 8), i):
        # (the remains of the dead are read eight words back, past their name: جثمان شهيد الوطن
        # ممدوح بن مسفر الحارثي وصل)
        if (_bare(words[k])[:4] in _CRAFT_STEMS and (k >= i - 5 or _bare(words[k])[:4] in _REMAINS_STEMS)
                or _armed_group(kb, words[k])) and free(k):
            return True
        if k >= i - 4 and (words[k] in _CROWD_COUNTS or strip_article(words[k]) in _CROWD_COUNTS) and free(k):
            return True  # "نحو 10 آلاف يمني وصلوا إلى جيبوتي": thousands who arrive pay no visit
    if i + 1 < hi and words[i + 1].startswith("ال") and words[i + 1].endswith("ات") and len(words[i + 1]) > 5 \
            and kb.group_of([words[i + 1]]) is None and kb.role_of([words[i + 1]]) is None \
            and not kb.people_of(words[i + 1]):
        return True  # "ووصلت المكيفات إلى مكة المكرمة": things, a plural in ات no one names, arrive
    # the subject after the place it arrives at: "وصلت إلى مدينة جعار كميات كبيرة من الدبابات"
    return any(_bare(words[k])[:4] in _CRAFT_STEMS and free(k) for k in range(i + 1, min(hi, i + 12)))


def _past_dated(words: list[str], j: int) -> int:
    """Where the words from words[j] on that tell a date behind في end (في 20 حزيران عام 1980); j when
    none do."""
    if j + 1 < len(words) and words[j] == "في" and _time_phrase(words[j + 1:j + 2]):
        k = j + 1
        while k < len(words) and (_time_phrase(words[k:k + 1]) or _bare(words[k]) in _NOT_EVENTS):
            k += 1
        return k
    return j


def _time_of_another(words: list[str], j: int, stop: int, killing: bool) -> int:
    """Where, among words[j:stop] after a trigger, a phrase opens that tells its time by another
    event (غداة شنها الطيران، في أعقاب اعتقال، قبل ثلاثة أيام من إعادة انتخاب بلاتر; after an event
    of force only with the words of a day before or after it, not عقب or بعد: "قتل جنديان بعد هجوم
    شنه مسلحون" names the attack that killed; إثر never: what follows it is the cause, whose author is
    whom a protest note answers, "سلمته مذكرة احتجاج إثر التصريحات التي صدرت عن علي خامنئي"); `stop` when
    none does."""
    opening = _AFTERMATH | _ANOTHER_BEFORE | (frozenset() if killing else _ANOTHER_AFTER)
    for k in range(j, stop - 1):
        if words[k] in (".", "؛", ";", "؟", "!"):
            break
        if not (_among(words[k], opening) or (killing and k and words[k - 1] == _EVEN and _among(words[k], _ANOTHER_AFTER))) \
                or (k and words[k - 1] == "من"):
            continue  # (not "من قبل", "by": its agent; "حتى بعد", "even after", tells a time after any event)
        m = k + 1
        if _time_phrase(words[m:m + 1]) or _bare(words[m]) in _NOT_EVENTS:
            # a span and "from" (قبل ثلاثة أيام من); a time alone (بعد ظهر أمس، منذ يومين) is no event
            c = m
            while c < min(stop, m + 4) and (_time_phrase(words[c:c + 1]) or _bare(words[c]) in _NOT_EVENTS):
                c += 1
            m = c + 1 if c < stop and words[c] == "من" else stop
        if m < stop and words[m][:1].isalpha() and not _time_phrase(words[m:m + 1]) \
                and words[m] not in _DEMONSTRATIVES and _bare(words[m]) not in _NOT_EVENTS \
                and not _bare(words[m]).startswith(("قبل", "بعد")):
            return k
    return stop


_EVEN = fold("حتى")
_JUST_AFTER = frozenset(fold(w) for w in ("بعد", "عقب"))  # "وقال روحاني بعد اتصال هاتفي"
_THAT_HE = frozenset(fold(w) for w in ("أنه", "بأنه", "أنهم", "بأنهم", "أنها", "بأنها", "انه", "بانه"))
_WHEN_CLAUSE = frozenset(fold(w) for w in ("حين", "حينما", "عندما", "بينما", "لما", "بعدما", "قبلما"))
_PROTESTING_SECTORS = frozenset({"EDU", "LAB", "MED", "CVL", "JRN", "AGR", "BUS", "REF", "OPP"})
_ANOTHER_BEFORE = frozenset(fold(w) for w in ("منذ", "قبل"))
_ANOTHER_AFTER = frozenset(fold(w) for w in ("عقب", "بعد"))
_NOT_EVENTS = frozenset(_WORDS["time-span"])


def _past_time(words: list[str], k: int) -> int:
    """Where the words from words[k] on that only tell when end (أمس, خلال هذا الأسبوع)."""
    n = len(words)
    if k + 1 < n and words[k] in ("خلال", "في") and words[k + 1] in _DEMONSTRATIVES:
        k += 3  # "خلال هذا الأسبوع", "في هذه الأثناء"
    start = k
    while k < n and ((_time_phrase(words[k:k + 1]) and words[k] not in ("في", "خلال"))
                     or (k > start and words[k] in _TIME_ADJECTIVES)):
        k += 1  # (and the adjective of a time told: "الليلة الماضية")
    return min(k, n)


_TIME_ADJECTIVES = frozenset(fold(w) for w in ("الماضي", "الماضية", "الفائت", "الفائتة", "الأول"))


def _prep_before(words: list[str], k: int) -> str:
    """The word before the name at words[k], past an opening quotation mark ("" at the start)."""
    b = k - 1
    while b >= 0 and (words[b] in _OPEN_Q or words[b] == "("):
        b -= 1
    return words[b] if b >= 0 else ""


def _behind_pp(words: list[str], k: int) -> bool:
    """The name at words[k] stands behind a preposition that makes it qualify a noun before it
    (قياديا كبيرا في «القاعدة»), past an opening quotation mark."""
    return _prep_before(words, k) in _PP_HEADS


_WITH_PREPS = frozenset({fold("مع")})  # (not في, لدى: "قسم ... في منظمة الدول الأمريكية دعا"; nor على, إلى: "الضغط على الكونغرس لرفض")


def _undergoes(words: list[str], k: int) -> bool:
    """A verb of being killed or hurt at words[k], right after an actor (أبو نقيرة أصيب في
    الانفجار): the actor suffered, no author of an attack told after it."""
    return k < len(words) and _bare(words[k]).startswith(_HARM_UNDERGONE)


def _set_off(words: list[str], a: int, b: int, places: bool = True) -> bool:
    """words[a:b], between commas, are a title (أمير المنطقة الشرقية، ولي ولي العهد النائب الثاني
    لرئيس مجلس الوزراء وزير الدفاع في جدة) or, with `places`, a place phrase (في مكتب سموه
    بالإمارة، أمس بمقر السفارة في روما): an aside, no clause of its own."""
    if not 0 < b - a <= 14 or any(not v[:1].isalpha() or _reporting(v) for v in words[a:b]):
        return False
    if words[a] in _LOCATIVE:
        return places and (b - a <= 6 or (b - a <= 9 and _building(words[a + 1])))  # (the premises' quarter
        # and town: "في مقر ضيافة الإمارة بحي السد بأبها اليوم")
    if places:
        at = a
        while at < b - 1 and _time_phrase(words[at:at + 1]):
            at += 1  # (when, then where: "أمس بمقر سفارة خادم الحرمين الشريفين في روما")
        if words[at][:1] == "ب" and _building(words[at][1:]) and b - at <= 8:
            return True
    if b - a > 3 and words[b - 2] in _LOCATIVE:
        b -= 2  # (where he serves or is: "... وزير الدفاع في جدة")
    return (_title_head(words[a]) or words[a] in _ARM_OF) \
        and all(_definite(v) or _title_head(v) or kb().org_head(v) for v in words[a + 1:b])
    # (the body it heads named by its kind: "محمد علي، رئيس حزب الوفد، الحكومة المصرية"; or the one it is an
    # arm of: "جبهة النصرة، ذراع تنظيم القاعدة في سوريا، ")


def _time_phrase(ws: list[str]) -> bool:
    """Words that only tell when: times, weekdays, months, numbers (فجر أمس الخميس, 14 أغسطس), and a word
    of time before a weekday or a number (يوم الثلاثاء)."""
    return bool(ws) and all(_bare(w) in _NO_OBJECT or w[:1].isdigit() or kb().is_count(w) or is_weekday(w)
                            or w in _month_words()
                            or ((w in _NOT_EVENTS or w in _TIME_WORDS) and n + 1 < len(ws)
                                and (is_weekday(ws[n + 1]) or ws[n + 1][:1].isdigit()))
                            for n, w in enumerate(ws))  # (and "today" before its weekday: اليوم السبت)


@lru_cache(maxsize=1)
def _month_parts() -> frozenset[str]:
    """One-word parts of a month or a year (month_parts.tsv: منتصف، مطلع), folded."""
    return frozenset(w for w in (fold(r["word"]) for r in load("month_parts.tsv", ("word",))) if " " not in w)


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    """Every word of the calendar's month names (months.tsv), folded."""
    return frozenset(w for name in months() for w in name.split())


def _object_past_time(words: list[str], j: int) -> bool:
    """Right after the verb ending at `j`, words that only tell when (أمس, صباح اليوم), and after
    them a word a verb can act on: a number or a noun, no preposition."""
    k = j
    if k + 2 < len(words) and words[k] == "في" and words[k + 1] == "وقت" and words[k + 2] in _WHEN_ADJECTIVES:
        k += 3  # "طيران التحالف استهدف في وقت مبكر أمس المدينة السكنية": at an early hour, then the object
        if k < len(words) and words[k] in ("من", "اليوم"):
            k += 1
    while k < min(len(words), j + 6) and (words[k] in _TIME_WORDS or is_weekday(words[k])):
        k += 1
    if k == j and k + 2 < len(words) and words[k] in _DURING_WORDS and _definite(words[k + 1]):
        k += 2  # "مقاتليه فجروا خلال الهجوم أحد مقرات اللواء": during the attack, then the object
    if j < k < len(words) and words[k][:1].isalnum() and not _no_object(words, k):
        return True
    # "الشرطة التركية اعتقلت منذ الجمعة في جميع انحاء تركيا 590 شخصا": a number after the time and
    # the place, in the clause, is the object (not after a pronoun's place: "قتل فيها 35")
    # (or "within": "قوات الاحتلال اعتقلت خلال أقل من 24 ساعة الماضية نحو 20 مقدسيا")
    if j + 2 < len(words) and words[j] == "في" and words[j + 1][:1].isdigit() and words[j + 2] in _month_words():
        # "وكانت قوات الأمن قد قتلت في 14 يوليو - تموز ثلاثة مسلحين": a date, then the object
        c = j + 3
        while c < len(words) and (words[c] in ("-", "–", "/") or words[c] in _month_words() or words[c][:1].isdigit()):
            c += 1
        return c < len(words) and words[c][:1].isalnum() and not _no_object(words, c)
    if j >= len(words) or not (words[j] in _TIME_WORDS or words[j] == "منذ" or words[j] in _DURING_WORDS
                               or is_weekday(words[j])):
        return False
    for c in range(j, min(len(words), j + 10)):
        if not words[c][:1].isalnum() or _among(words[c], _CLAUSE_BREAKS):
            return False
        if words[c][:1].isdigit() and c > j:
            return True
    return False


_DURING_WORDS = frozenset(fold(w) for w in ("خلال", "أثناء", "اثناء"))
_ON_BEHALF = fold("نيابة")  # (عن): on someone's behalf, بالنيابة too (read through _bare)
_MEETING_WITH = frozenset(fold(w) for w in ("مع", "بين"))  # who a meeting is with, or between
_DURING_OR_IN = _DURING_WORDS | {"في"}
_AROUND_TIME = _AFTER_BEFORE | _DURING_WORDS | frozenset(fold(w) for w in ("غداة", "عشية"))  # وذلك غداة اجتماع


# "during it" right after a verb: of a visit or a meeting told before (والتقى خلالها)
_DURING_PRONOUNS = frozenset(fold(w) for w in ("خلالها", "خلاله", "خلالهما", "أثناءها", "أثناءه"))


_TIME_WORDS = frozenset(fold(w) for w in ("أمس", "اليوم", "صباح", "مساء", "ليلة", "ليل", "الليلة", "فجر", "ظهر", "عصر"))


def _many_unnamed(article, coder, sent, words: list[str], k: int, end: int, actor_at) -> int | None:
    """Where an actor starts right after "many of" (words[k]: كثير، عدد، بعض) and a definite
    plural no lexicon names (or بعض in construct with one), with its adjectives and what و joins to it (كثير من المنظمات
    الحقوقية جماعة الحوثيين); None when that plural is an actor (عدد من المسؤولين الأمريكيين), in
    construct with one (عدد من أعضاء مجلس الشورى), or no actor follows."""
    p = k + 1 if words[k] == "بعض" and k + 1 < end and words[k + 1].startswith("ال") else k + 2
    # (or "some" in construct with it: دعت بعض الأطراف الحكومة الإسرائيلية)
    if p >= end or (p == k + 2 and words[k + 1] != "من") or not words[p].startswith("ال"):
        return None
    first = p
    while p < end and (p == first or (words[p].startswith("ال") and words[p].endswith(("ي", "يه", "ه")))
                       or words[p].startswith("وال")):
        if actor_at.get(p) is not None or coder.nominal_actor(article, sent, words, p, p + 1) is not None:
            return p if p > first and first == k + 1 and coder.kb.nationality_of(words[p]) is None else None
        p += 1
    if p < end and (actor_at.get(p) is not None or coder.nominal_actor(article, sent, words, p, p + 1) is not None):
        return p
    return None


def _title_bi(kb_, words: list[str], j: int, k: int, end: int, actor_at) -> bool:
    """The بـ on words[k] is in the title that runs from the verb's end `j`, before the name of the
    one who holds it (طالب رئيس اللجنة العقارية بغرفة جدة خالد الغامدي، وزارة العمل): no object's."""
    while j + 1 < k and words[j] in _HONORIFICS:
        j += 1  # (past an honorific: "حث معالي المستشار بالديوان الملكي")
    if (hit := kb_.role_of(words[j:j + kb_.role_max_words])) is not None and j < k < j + hit[0]:
        return True  # (a role of its own that the word is in: "حث معالي المستشار بالديوان الملكي عضو هيئة كبار العلماء")
    if not (k > j + 1 and (kb_.role_of(words[j:j + kb_.role_max_words]) is not None or words[j] in _OFFICE_HEADS)
            and all(_definite(v) for v in words[j + 1:k])):
        return False
    # (the name within three words, or past more of the title's words: "بالعاصمة المقدسة المكلف العميد احمد الدليوي")
    return any((actor_at.get(p) or {}).get("type") == "PER" for p in range(k + 1, min(end, k + 4))) or (
        (p := next((p for p in range(k + 1, min(end, k + 6)) if p in actor_at or not _definite(words[p])), None))
        is not None and (actor_at.get(p) or {}).get("type") == "PER")


def _head_is_subject(article, coder, sent, words: list[str], i: int, k: int, actor_at) -> bool:
    """The body's head right after the verb at words[i] (words[k]) is its subject: it agrees with the verb, or
    someone is named right after it, its object whatever the verb's gender (`_named_after_head`)."""
    return not _head_disagrees(words[i], words[k]) or _named_after_head(article, coder, sent, words, k, actor_at)


def _named_after_head(article, coder, sent, words: list[str], k: int, actor_at) -> bool:
    """Someone is named right after the body's head at words[k] (وطالب الحكومة المجتمع الدولي): the head,
    whatever the verb's gender, is the subject, the one after it the object (not one joined to it by و:
    "ودعا الحكومة والمعارضة")."""
    return k + 1 < len(words) and words[k + 1][:1] != "و" and (actor_at.get(k + 1) is not None or coder.kb.group_of([words[k + 1]]) is not None
                                   or coder.nominal_actor(article, sent, words, k + 1, k + 2) is not None)


def _head_disagrees(verb: str, w: str) -> bool:
    """A feminine head (الوزارة، الحكومة) after a verb plainly of a man (`_plainly_masculine`): the head is the
    verb's object, not its subject."""
    return strip_article(_bare(w)).endswith("ه") and _plainly_masculine(verb)


def _plainly_masculine(verb: str) -> bool:
    """A verb of "he", past with no ت before or after its letters or present in ي (دعا، طالب، يدعو)."""
    stem = verb[1:] if verb[:1] in "وف" and len(verb) > 3 else verb
    return not stem.endswith(("ت", "تا")) and (stem.startswith("ي") or not stem.startswith("ت"))


def _agrees_with_head(verb: str, t, w: str) -> bool:
    """The verb agrees with the body's head `w` as its subject: a feminine head (الوزارة، البلدية) takes a
    feminine verb ("ودعا الوزارة إلى": a man calls on the ministry, its object)."""
    return not strip_article(_bare(w)).endswith("ه") or _feminine_verb(verb, t)


def _titled_antecedent(article: Article, sent, w: str) -> dict | None:
    """The person the article named before the sentence whose title begins with the role `w` stands
    for alone, with the article (الوزير after وزير الخارجية عادل الجبير); None when it named none."""
    head = strip_article(_bare(w))
    return next((e for e in reversed(article.entities) if e["type"] == "PER" and e["end"] <= sent[0].start
                 and e.get("role") and strip_article(fold(e["role"]).split()[0]) == head), None)


def _portfolio_antecedent(article: Article, coder, sent, words: list[str], k: int, end: int, actor_at):
    """(person, where the title ends) when words[k] opens a title in construct with the words of its portfolio
    (وزير الإسكان، مدير عام الجوازات), no name nor nationality after it, whose whole the article wrote before a
    person's name before the sentence; None when there is no such person."""
    if not _title_head(words[k]) or coder.nominal_actor(article, sent, words, k, k + 1) is not None:
        return None
    p = k + 1
    while p < min(end, k + 4) and words[p].startswith("ال") and actor_at.get(p) is None \
            and not coder.kb.nationality_of(words[p]) and not coder.kb.group_of([words[p]]):
        p += 1
    if p == k + 1 or (p < end and (actor_at.get(p) is not None or coder.kb.nationality_of(words[p]))):
        return None
    title = " ".join(words[k:p])
    for e in reversed(article.entities):
        if e["type"] == "PER" and e["end"] <= sent[0].start \
                and " ".join(fold(v) for v in article.text[max(0, e["start"] - 60):e["start"]].split()).endswith(title):
            return e, p
    return None


def _head_alone(k_b, words: list[str], k: int) -> bool:
    """The head at words[k] names a body alone, as one told of before: no name, number, nationality or
    other adjective after it ("القوات الأفغانية"، "اللواء 55"، "القوات الخاصة"; but a word of the kind
    of body it is, "التنظيم المتشدد", or its ally, "الجماعة المتحالفة مع إيران"); not behind "in" or
    "of" after its own member (المقاتلون في الحركة), a verb of saying (وقال المرصد), another body's
    word (قوات الشرطة), a quotation mark, nor the attack it is the author of (غارات للتحالف)."""
    n = len(words)
    if k + 1 < n:
        nxt = words[k + 1]
        if nxt[:1].isdigit() or k_b.nationality_of(nxt) or k_b.is_count(nxt) or (
                _definite(nxt) and not k_b.group_of([nxt]) and nxt not in _EPITHETS
                and not (nxt in _AFFILIATION and k + 2 < n and words[k + 2] == "مع")):
            return False
    prev = words[k - 1]
    return not (prev in ("في", "من", "،", ",") or prev in _QUOTES or _reporting(prev)
                or k_b.group_of([prev]) or k_b.org_head(prev)
                or (words[k].startswith("لل") and _attack_noun(prev)))


def _head_named_before(article: Article, w: str, pos: int) -> dict | None:
    """The body named last before `pos` whose name begins with the head `w`, with the article
    (الجماعة after جماعة الحوثي, in the same sentence or one before); None when none was."""
    head = strip_article(_bare(w))
    return next((e for e in reversed(article.entities) if e["type"] == "ORG" and e["end"] <= pos
                 and strip_article(_bare(fold(e["text"]).split()[0])) == head), None)


def _head_antecedent(article: Article, sent, w: str) -> dict | None:
    """The body the article named before the sentence whose name begins with the head `w` stands for
    alone, with the article (الوزارة after وزارة الصحة, البلدية after بلدية غزة); None when it named none."""
    if not kb().org_head(w):
        return None
    head = strip_article(_bare(w))
    return next((e for e in reversed(article.entities) if e["type"] == "ORG" and e["end"] <= sent[0].start
                 and strip_article(_bare(fold(e["text"]).split()[0])) == head), None)


def _unnamed_title(article, coder, sent, words: list[str], k: int, end: int, actor_at) -> int | None:
    """Where the verb's object starts when words[k] begins a person's title in construct with a
    definite word no lexicon names, and no name follows (زعيم التنظيم الحكومة التونسية): the title
    is the unnamed subject. None when the title names someone (زعيم التنظيم أبو بكر البغدادي,
    رئيس الوزراء الإسرائيلي, رئيس حركة حماس) or no body follows it."""
    kb_ = coder.kb
    hit = kb_.role_of(words[k:k + kb_.role_max_words])
    if hit is None or _definite(words[k]) or " ".join(words[k:k + hit[0]]) in kb_.group_roles:
        return None
    p = k + hit[0]
    if p >= end or not _definite(words[p]) or actor_at.get(p) is not None \
            or coder.nominal_actor(article, sent, words, k, k + 1) is not None:
        return None
    if any(actor_at.get(x) is not None for x in range(k + 1, p)):
        return None  # "رئيس حزب الوفد": a body named inside the title, whose head speaks for it
    first = p
    while p < end and p < first + 4:
        x = actor_at.get(p)
        if x is not None:
            after = next((q for q in range(p + 1, min(end, p + 8)) if sent[q].start >= x["end"]), end)
            while after < end and (kb_.cue_kind(words[after]) == "title" or words[after] in _HONORIFICS):
                after += 1  # (past a rank: "أستاذ الإعلام بجامعة الدمام الدكتور عايض الشهراني")
            if (actor_at.get(after) or {}).get("type") == "PER":
                return None  # "رئيس اللجنة الوطنية للمقاولين بمجلس الغرف السعودي فهد الحمادي": the body is in
                # the title of the man named after it
            return p if p > first and x["type"] in ("ORG", "LOC") else None
        if p > first and coder.nominal_actor(article, sent, words, p, p + 1) is not None:
            return p  # the object: "الحكومة التونسية"
        if not _definite(words[p]) or kb_.nationality_of(words[p]) or kb_.cue_kind(words[p]):
            return None  # a name, a nationality or a rank: the title is someone's
        p += 1  # the title's genitive and its adjectives (زعيم التنظيم الإرهابي)
    return None


def _unnamed_killed(kb_, words: list[str], j: int, actor_at: dict, tok_starts: list[int]) -> bool:
    """After a killing verb, at words[j], one person or more of a kind, indefinite (جندي إسرائيلي،
    شرطي، مدنيان) with their nationality or adjective, or one of a kind with the article and his name
    (الجندي الإسرائيلي أفيف حاييم), and then nothing the verb acts on (في الاشتباك، أمس، برصاص، the
    end): the verb is passive, they were killed."""
    if kb_.is_count(words[j]) or words[j].endswith(("ين", "ا")) \
            or not (kb_.group_of([words[j]]) or kb_.people_of(words[j]) or kb_.role_of([words[j]])):
        return False  # (a dual or plural in ين, or a noun in ا, is the accusative: "فقتل امرأتين", killed two)
    c = j + 1
    while c < len(words) and c <= j + 2 and not words[c].endswith(("ا", "اً")) and (
            kb_.nationality_of(words[c]) or kb_.adjective_of(words[c]) or (
            not _definite(words[j]) and not _definite(words[c]) and len(words[c]) >= 5 and words[c].endswith("ي"))):
        c += 1  # (and an indefinite one's adjective of relation: "وقتل قائد ميداني في جماعة الحوثي"; not one in
        # the accusative, "قتل ضابط إسرائيلي فلسطينيا", the object)
    if _definite(words[j]):
        # (with the article, only one person's title before his name, no body's: "وقتل الجيش أحمد
        # عبدي" killed him)
        x = actor_at.get(c)
        if x is None or x["type"] != "PER" or kb_.org_head(words[j]):
            return False
        c = bisect_left(tok_starts, x["end"])
    if not _no_object(words, c):
        return False
    for w in words[c:c + 8]:  # (but "قتل متطرفون في الهجوم 48 مصليا": the object after the place)
        if not w[:1].isalnum() or w in _RELATIVES or w[:1] == "و":
            break
        if kb_.is_count(w) or (w.endswith("ا") and not _definite(w) and kb_.group_of([w])):
            return False
    return True


def _no_object(words: list[str], j: int) -> bool:
    """Nothing a verb acts on follows it: a preposition, a time word, an agent cue or the
    end of the clause comes first (قتلوا في الهجوم, قتل أمس, قتل على يد مسلحين)."""
    if j < len(words) and words[j] in ("،", ","):
        # "اعتقلت، فجر أمس الخميس، خمسة فلسطينيين": a time set off by commas, then the object
        close = next((c for c in range(j + 1, min(len(words), j + 7)) if words[c] in ("،", ",")), None)
        if close is not None and close + 1 < len(words) and words[close + 1][:1].isalnum() \
                and words[close + 1][:1] not in "وف" and _time_phrase(words[j + 1:close]):
            return _no_object(words, close + 1)
    if j + 1 < len(words) and words[j] in _QUOTES and words[j] not in "»”" and words[j + 1][:1].isalpha():
        return _no_object(words, j + 1)  # "احتجزت "إسرائيل"، يوم الثلاثاء، إرهابيا": a name set off in quotation marks
    if j + 1 < len(words) and words[j] in _DASHES:
        close = next((c for c in range(j + 1, min(len(words), j + 7)) if words[c] in _DASHES), None)
        if close is not None:
            return _no_object(words, close + 1)  # "إن مجهولين فجّروا -بواسطة عبوات ناسفة- خمس سيارات": an aside
            # between dashes, then the object
    if j >= len(words) or not words[j][:1].isalnum():
        return True
    if words[j] == "من" and j + 1 < len(words) and words[j + 1] in _NO_OBJECT:
        return True  # "قتل من دون أن يكشف عن جنسيته"
    if _bare(words[j]) == "نحو" and j + 1 < len(words) and (_time_phrase(words[j + 1:j + 2]) or (
            words[j + 1] in _month_parts() and _time_phrase(words[j + 2:j + 3]))):
        return True  # "قتل نحو منتصف يوليو": about a time (but "قتل نحو 20 شخصا": about a count)
    return words[j] in _NO_OBJECT or _bare(words[j]) in _NO_OBJECT or _agent_cue_at(words, j) > 0


def _behind_bi(w: str, words: frozenset[str]) -> bool:
    """`w` is one of `words` behind the preposition بـ: بمدينة, بمحافظة."""
    return len(w) > 3 and w[0] == "ب" and (strip_article(w[1:]) in words or w[1:] in words)  # (بالعاصمة)


def _is_outlet(x: dict) -> bool:
    return x["type"] == "ORG" and (x.get("subtype") == "MEDIA" or find_outlet(x["text"]) is not None)


def _last_two(article, pos: int, role_prefix: str) -> list[dict]:
    """The two people with a role like `role_prefix` named last before `pos` (الوزيرين)."""
    seen: list[dict] = []
    for e in sorted(article.entities, key=lambda e: e["start"], reverse=True):
        if e["start"] >= pos or e["type"] != "PER" or not e.get("role"):
            continue
        if strip_article(fold(e["role"]).split()[0])[:3] != role_prefix[:3]:
            continue
        if all(x["canonical"] != e["canonical"] for x in seen):
            seen.append(e)
        if len(seen) == 2:
            return list(reversed(seen))
    return []


def _ending_at(actor_at: dict, sent, k: int) -> dict | None:
    """The name of at most three words that ends with the token at `k`, or None."""
    return next((x for b in (k, k - 1, k - 2) if (x := actor_at.get(b)) is not None and x["end"] == sent[k].end), None)


def _is_country(x: dict) -> bool:
    """A place entity resolved to a country (عمان in a Jordanian article is Amman, a city)."""
    if x["type"] != "LOC" or not x.get("country"):
        return False
    gaz = gazetteer()
    # (by its canonical name where the words are no name of their own: "المملكة" alone)
    return any(p.kind == "country" and p.geonameid == x.get("geonameid")
               for p in gaz.lookup(x["text"]) or gaz.lookup(x.get("canonical") or ""))


def _two_sides(article: Article, actors: list[dict], pos: int, has_sides: bool = False) -> list[dict]:
    """`actors` with a noun of two sides (الطرفان, البلدين) replaced by the two sides the text
    names before `pos` (`_side_pair`); the noun stays when it names no such two. `has_sides`: the
    event names its own sides already, and the noun is dropped (اشتباكات بين تنظيم داعش ... والفصائل
    ... وانباء عن خسائر في صفوف الطرفين: the two sides are those who fought, no one else)."""
    if not any(a.get("entity") is None and a.get("sector") == "UNK" for a in actors):
        return actors
    out: list[dict] = []
    for a in actors:
        pair = _side_pair(article, a, pos)
        if pair is not None and has_sides:
            continue
        out += pair if pair else [a]
    return _dedup(out)


_EACH_OF = fold("في كل من")


def _side_pair(article: Article, actor: dict, pos: int) -> list[dict] | None:
    """When `actor` is a noun of two sides (event_words.tsv, "two-sides"), the two actors of
    any kind, or of two countries, named last before `pos` in its sentence; [] when the
    sentence names no such two (read on SaudiNewsNet, two taken from the sentences before
    were right about half the time); None for any other actor."""
    if actor.get("entity") is not None or actor.get("sector") != "UNK":
        return None
    key = fold(actor["text"])
    kind = _TWO_SIDES.get(key) or (_TWO_SIDES.get("ال" + key[2:]) if key.startswith("لل") else None)
    if kind is None:
        return None
    starts = [s for s, _ in article.sentences]
    lo = starts[max(0, bisect_right(starts, pos) - 1)] if starts else 0
    pair: list[dict] = []
    for x in sorted(article.entities, key=lambda x: -x["start"]):
        if not lo <= x["start"] < pos or not x.get("country") or x["country"] in PSEUDO_COUNTRIES \
                or _is_outlet(x) or _EACH_OF in fold(article.text[max(lo, x["start"] - 40):x["start"]]):
            continue  # (not the places "in each of" which something happens: في كل من العراق وسورية وليبيا)
        if kind == "countries":
            ok = (_is_country(x) or (x["type"] in ("PER", "ORG") and x.get("sector") == "GOV")) \
                and all(y.get("country") != x["country"] for y in pair)
        else:
            ok = (x["type"] in ("PER", "ORG") or _is_country(x)) and \
                all(y.get("canonical") != x.get("canonical") for y in pair)
        if ok:
            pair.append(x)
            if len(pair) == 2:
                return [_actor(y) for y in reversed(pair)]
    return []


def _dedup(actors: list[dict]) -> list[dict]:
    """Each actor once: one name of two countries is two actors, one name found with a country
    and without is one, given that country (and its sector, when it has none)."""
    out: list[dict] = []
    for a in actors:
        name = a.get("canonical") or a.get("text")
        same = [b for b in out if (b.get("canonical") or b.get("text")) == name]
        if any(b.get("country") == a.get("country") for b in same):
            continue
        if a.get("entity") and any(b.get("entity") == a["entity"] and b.get("country") == a.get("country") for b in out):
            continue  # (the same entity read once with its canonical name and once without)
        if a.get("country") is None and same:
            continue
        bare = next((k for k, b in enumerate(out) if b.get("country") is None
                     and (b.get("canonical") or b.get("text")) == name), None)
        if bare is not None:
            b = out[bare]
            out[bare] = {**b, "country": a["country"], "sector": b.get("sector") or a.get("sector")}
            continue
        out.append(a)
    return out


def _speaker_of(article: Article, pos: int) -> str | None:
    for q in article.quotes:
        if q["start"] <= pos < q["end"]:
            return q.get("speaker")
    return None


def _year(text: str) -> int | None:
    """The year `text` writes (four digits, 1800-2099, "م" allowed), unless it is a round
    hundred, which is more often a count ("هجوم 2000 مقاتل")."""
    if not _YEAR.match(text):
        return None
    y = int(text[:4])
    return y if y % 100 else None


def _year_after(article: Article, text: str) -> bool:
    """`text`, right after an event noun, is a year of the century before the article's
    publication (only for an article with a publication date)."""
    y = _year(text) if article.published else None
    return y is not None and int(article.published[:4]) - 100 <= y <= int(article.published[:4])


def _chronology_year(article: Article, sent: list) -> str | None:
    """The year a line of a chronology opens with, before a dash ("1936 - توقيع اتفاقية مونترو",
    "1974 - الجيش التركي يتدخل في شمال قبرص"): the year of its events, not the day of publication."""
    if len(sent) < 3 or sent[1].text not in ("-", "–", "—") or not sent[0].text.isdigit() \
            or not 3 <= len(sent[0].text) <= 4 or sent[2].text[:1].isdigit():
        return None  # (nor a range of counts: "1500 - 2000 متظاهر")
    year = int(sent[0].text)
    return sent[0].text if not article.published or year <= int(article.published[:4]) else None


def _date_for(article: Article, s: int, e: int, pos: int, future: bool = False,
              past: bool = False, until_published: bool = False) -> tuple[str | None, str | None]:
    """The date of the event at `pos`: the date of its sentence nearest to it, else the day
    of publication. `future`: a planned event, whose weekday alone is the coming one; `past`:
    one that happened, whose day and month without a year are not after the publication
    ("فضت قوات الأمن الاعتصام يوم 14 أغسطس" in an article of 11 August: the year before);
    `until_published`: none of the sentence's dates that lie after the publication."""
    inside = [d for d in article.dates if s <= d["start"] < e and d.get("value") and not _since_anchor(article, pos, d)
              and not _named_by_date(article, d)
              and (future or not _deadline(article, d)) and not _in_later_clause(article, pos, d)
              and not _in_earlier_clause(article, s, pos, d)
              and not (until_published and not (past and _year_untold(d)) and _after_publication(article, d["value"]))]
    if future:
        # a weekday alone before a planned event dates the saying ("حذر السبت من أن بلاده
        # ستواصل دعم"), not the event
        inside = [d for d in inside if d["start"] > pos or not is_weekday(d["text"])]
    if inside:
        d = min(inside, key=lambda d: abs(d["start"] - pos))
        value = d["value"]
        if future and article.published and len(value) == 10 and value < article.published \
                and is_weekday(d["text"]):
            # "سيزور ... يوم الاثنين": a weekday alone in a planned event is the coming one
            value = (date.fromisoformat(value) + timedelta(days=7)).isoformat()
        elif article.published and (past or (future and d["start"] > pos)) and _year_untold(d) \
                and (value > article.published[:len(value)] if past else value < article.published[:len(value)]):
            # a month, or a day and a month, with no year nor a word that tells which: the last
            # one before publication for what happened ("فضت قوات الأمن الاعتصام يوم 14 أغسطس" in
            # an article of 11 August: the year before), the next one for what is planned
            # after it ("ستعقد القمة في مارس" in an article of July: next year's)
            value = _shift_year(value, -1 if past else 1)
        elif article.published and (past or (future and d["start"] > pos)) and len(value) == 10 \
                and (value > article.published if past else value < article.published) \
                and not _TOLD_YEAR.search(fold(d["text"])):
            # a feast's day with no year: the last one for what happened, the next for what is planned
            value = feast_day(d["text"], article.published, "الماضي" if past else "المقبل") or value
        return value, d["text"]
    return article.published, None


_BY_WORDS = frozenset(fold(w) for w in ("بحلول", "وبحلول", "حتى", "وحتى", "قبل", "وقبل", "أقصاه", "أقصاها"))


def _days_apart(later: str | None, earlier: str | None) -> int | None:
    """Days from the ISO day `earlier` to `later`; None unless both are days."""
    if len(later or "") != 10 or len(earlier or "") != 10:
        return None
    try:
        return (date.fromisoformat(later) - date.fromisoformat(earlier)).days
    except ValueError:
        return None


def _near_publication(article: Article, value: str) -> bool:
    """`value` is a day within a week of the article's publication."""
    days = _days_apart(value, (article.published or "")[:10])
    return days is not None and abs(days) <= 7


_BEFORE_OR_SINCE = frozenset(fold(w) for w in ("بعد", "وبعد", "قبل", "وقبل", "منذ"))
_ANY_RELATIVE = _RELATIVES | frozenset(fold(w) for w in ("الذين", "اللواتي", "اللاتي"))


_AND_AT = frozenset(fold(w) for w in ("وفي", "وخلال"))
_DATED_CLAUSE = re.compile(r"[،,]\s*(?:%s)\s+(?:\S+\s+)?$" % "|".join(sorted(_AND_AT)))


def _dated_at(article: Article, sent: list, k: int, end: int) -> bool:
    """A date of the article starts at the token `k` or the one after it (سنة 1969، يوم الجمعة)."""
    starts = {sent[x].start for x in range(k, min(k + 2, end))}
    return any(d["start"] in starts for d in article.dates)


def _opens_dated_clause(text: str, start: int) -> bool:
    """The date at `start` follows a comma and "and in" (، وفي سنة 1969): the time of a clause of its own."""
    return _DATED_CLAUSE.search(fold(text[max(0, start - 24):start])) is not None


def _in_later_clause(article: Article, pos: int, d: dict) -> bool:
    """The date `d`, after the event at `pos`, is told in a relative clause of a later noun or a
    quotation opened after the event ("بصاروخ اطلقته قوة ايساف ... التي انهت في ديسمبر الماضي",
    "وقال إن «الطريق الذي قطعوه للوصول إلى حيث نحن اليوم"): that clause's, not the event's (a
    relative right after the event's noun is its own: "الهجوم الذي وقع صباح السبت"; and a relative
    clause's day of the week of publication is taken as the event's too: "في جلسته التي عقدت أمس")."""
    if d["start"] <= pos:
        return False
    between = article.text[pos:d["start"]]
    if between.count("«") > between.count("»") or _opens_dated_clause(article.text, d["start"]):
        return True
    if any(fold(w).startswith(("ذكري", "بذكري", "لذكري")) for w in between.split()[-8:]):
        return True  # "ويحيي ذكرى ضحايا تفجير السفارة الأمريكية عام 1998": the day of what is remembered
    if _near_publication(article, d["value"]):
        return False  # (a day of the week of publication, "التي عقدت أمس", is as often the event's)
    if _told_in_later_clause(article.text, pos, d["start"]):
        return True
    words = between.split()
    # a clause of what came before or after it, "اتفق الطرفان على عقد الدورة الثالثة ... بعد أن عقدت
    # اجتماع الدورة الثانية في الرياض أيار الماضي"
    return any(fold(a) in _BEFORE_OR_SINCE and fold(b) in _COMPLEMENTIZERS for a, b in zip(words[1:], words[2:]))


def _past_another_report(text: str, pos: int, start: int) -> bool:
    """Between the event at `pos` and what is named at `start`, a comma opens another report: a
    verb of reporting behind و right after it (، وأفادت مصادر)."""
    words = [fold(w) for w in text[pos:start].split()]
    return any(a.endswith(("،", ",")) and b[:1] == "و" and _reporting(b) and b[1:] not in _participles()
               for a, b in zip(words, words[1:]))


def _told_in_later_clause(text: str, pos: int, start: int) -> bool:
    """What is named at `start` is told in a relative clause of a noun after the event at `pos`,
    past the event's own noun phrase (five words: "لقمة التنمية المستدامة الجديدة التي ستعقد"), and not
    of the attack a killing was in ("وقتل 22 شخصا ... في الاعتداء الذي استهدف متحف باردو في 18 مارس")."""
    words = text[pos:start].split()
    return any((w[1:] if w[:1] in "وف" else w) in _ANY_RELATIVE and not _attack_noun(words[k - 1])
               for k in range(5, len(words)) for w in [fold(words[k])])


def _in_earlier_clause(article: Article, s: int, pos: int, d: dict) -> bool:
    """The date `d`, before the event at `pos`, is told in a clause of what came before, set off by
    a comma ("وبعد الاتفاق الذي وقع في 13 يوليو، بدأت مفاوضات"): a relative clause or one of
    "after" or "since" that opens the sentence."""
    if d["start"] >= pos or "،" not in article.text[d["end"]:pos] and "," not in article.text[d["end"]:pos]:
        return False
    before = [fold(w) for w in article.text[s:d["start"]].split()]
    if len(before) > 8 or any(w in ("،", ",") for w in before):
        return False
    return any((w[1:] if w[:1] in "وف" else w) in _ANY_RELATIVE for w in before) \
        and any(w in _BEFORE_OR_SINCE for w in before)


def _deadline(article: Article, d: dict) -> bool:
    """The date `d` is one things are to be done by or until (بحلول عام 2030، حتى نهاية العام، قبل
    نهاية الشهر، في موعد أقصاه الأول من ديسمبر):
    the day of an event that happened or is told now only for one still to come."""
    before = fold(article.text[max(0, d["start"] - 25):d["start"]]).split()
    if article.published and d["value"] < article.published[:len(d["value"])]:
        return False  # (a deadline past at publication, "قبل نهاية عام 2012", is when it was met)
    return bool(before) and before[-1] in _BY_WORDS


def _named_by_date(article: Article, d: dict) -> bool:
    """The date `d` names a thing, not a time: the borders of a year (حدود الرابع من يونيو 1967،
    حدود عام 1967); not a war's (دعمه المجهود الحربي في حرب أكتوبر عام 1973: then)."""
    before = fold(article.text[max(0, d["start"] - 12):d["start"]]).split()
    return bool(before) and strip_article(before[-1].lstrip("وبل")) == _BORDERS


_BORDERS = fold("حدود")


def _since_anchor(article: Article, pos: int, d: dict) -> bool:
    """The date `d`, after the event at `pos`, is the start of a span the event is measured
    against: a year or a month within a phrase of منذ ("الأول منذ قطع علاقاتهما الدبلوماسية في
    عام 1980", "منذ عام 2010"), not the event's day."""
    if d["start"] <= pos:
        return False
    between = article.text[pos:d["start"]]
    if between.endswith((" منذ ", " ومنذ ")):
        return True  # "في أول رحلة من نوعها منذ 25 مارس": a day right after منذ starts the span
    if len(d.get("value") or "") > 7 and not re.search(r"[0-9٠-٩]{4}", d["text"]):
        return False  # (a day with its year too: منذ تعيينه وزيرا في الخامس من نوفمبر 2012)
    at = max(between.rfind(" منذ "), between.rfind(" ومنذ "))
    return at >= 0 and len(between[at:].split()) <= 7 and not any(c in between[at:] for c in "،,؛;.")


def _dated_after(article: Article, value: str | None, text: str | None, s: int, pos: int,
                 before: bool = False) -> bool:
    """The date an event was given (`_date_for`) is written after `pos` in the sentence
    from `s`, close to it and within its clause (no comma between: "بتهمة إدارة تنظيم
    إرهابي ...، وتحديد جلسة 27 سبتمبر" is the hearing's date), and is later than the
    article's publication: a day, or a month or a year wholly after it. With `before`: a day
    written right before `pos`, within six words ("ويعقد وزير التعليم صباح غد الأربعاء اجتماعا"),
    as a month or a year before an event noun may be another's."""
    if not (text and value and article.published) or (before and len(value) != 10):
        return False
    if before:
        between = next((article.text[d["end"]:pos] for d in article.dates
                        if s <= d["start"] and d["end"] <= pos and d["text"] == text), None)
    else:
        between = next((article.text[pos:d["start"]] for d in article.dates
                        if d["start"] >= max(s, pos) and d["text"] == text), None)
    if between is None or len(between.split()) > (6 if before else 12) or any(c in between for c in "،,؛;"):
        return False
    if before and fold("حتى الآن") in fold(between):
        return False  # "في 26 فبراير 2016 لحصوله حتى الان على دعم": what one has so far is had already
    if "W" in value:
        return False  # a week ("2015-W31") may hold the day of publication
    return _after_publication(article, value)


def _unnamed_subject_at(article, coder, sent, words: list[str], j: int) -> bool:
    """words[j], right after a verb that opens its clause, is an indefinite noun that names people or a
    body (وسائل إعلام، ناشطون، جماعات) or a private person (مواطن): its subject though no lexicon knows it
    as an actor; not a time, an
    adverb, a count, a particle or a preposition, nor a noun with a pronoun or the article."""
    w = words[j]
    if w in _person_nouns() and j + 1 < len(words) and not kb().nationality_of(words[j + 1]) \
            and words[j + 1] not in ("في", "من") and coder.nominal_actor(article, sent, words, j, j + 1) is None \
            and not any(sent[q].start in coder.person_starts for q in range(j + 1, min(j + 8, len(sent)))):
        return True  # "طالب مواطن الجهات الأمنية": a private person (person_nouns.tsv) asks (but "اتهم مواطن سعودي": one
        # who is named by his nationality is an actor, as is "رجل أمن"; "ودعا خبير التأمين الصحي البروفيسور رضا
        # خليل": the person is named after his title)
    stem = next((w[:-len(p)] for p in ("هما", "هم", "ها", "ه") if w.endswith(p) and len(w) - len(p) >= 2), "") \
        if not sent[j].text.rstrip(DIACRITICS + TATWEEL).endswith("ة") else ""  # (والدة: no pronoun)
    if stem in _KIN or (stem.endswith("ت") and stem[:-1] + "ه" in _KIN):
        return True  # "وناشد والدهما ... الأمير محمد بن نايف": a kinsman no one names asks, whom he names is asked
    if w in _KIN and j + 1 < len(words) and words[j + 1][:1].isalpha() and _definite(words[j + 1]) \
            and coder.nominal_actor(article, sent, words, j + 1, j + 2) is None \
            and sent[j + 1].start not in coder.person_starts and not kb().nationality_of(words[j + 1]):
        return True  # "وناشدت عائلة الضورة مقام خادم الحرمين الشريفين": a family named by its name asks
    if j + 2 < len(words) and words[j + 1] == "من" and w.endswith("ون") and coder.kb.group_of([w]) \
            and not any(x["start"] == sent[j + 2].start and (x["type"] in ("PER", "ORG") or x.get("country"))
                        for x in article.entities):
        return True  # "دعا دبلوماسيون من جنوب شرق آسيا الصين": men of a region no code names call, and who is
        # named after them is called on (but "مسؤولون من الاتحاد الأوروبي": the body they are of is the actor)
    if len(w) < 4 or not w[:1].isalpha() or _definite(w) or _bare(w) != w or w in _PREPOSITIONS \
            or _time_phrase([w]) or _among(w, _ADVERBS) or coder.kb.is_count(w) or w in _DEMONSTRATIVES \
            or w.endswith(("ه", "ها", "هم", "هما", "ا", "اً")) or w in kb().first_names \
            or coder.nominal_actor(article, sent, words, j, j + 1) is not None or _starting(w) \
            or (j + 1 < len(words) and words[j + 1] in ("في", "من")):
        return False  # (nor an event's noun, اتهامات، دعوات; nor some of a body named after it: قيادات في الحكومة)
    return w.endswith(("ون", "ات")) or (j + 1 < len(words) and words[j + 1] in ("إعلام", "اعلام"))


def _figurative_object(words: list[str], j: int) -> bool:
    """A verb of blowing up whose object, within six words after it and before any punctuation, is a
    figure of speech (event_words figurative: "فجر رئيس بوروندي أزمة", sparked a crisis): no attack."""
    for w in words[j:j + 6]:
        if not w[:1].isalnum():
            return False
        if w in _FIGURATIVE:
            return True
    return False


def _dated_recent(article: Article, s: int, e: int, pos: int) -> bool:
    """The sentence from `s` to `e` dates the event at `pos` to a day within a month before
    the article's publication (أمس الأحد، يوم الثلاثاء، اليوم الإثنين), as news does; not to
    a year or a decade (عام 1999، في الخمسينات)."""
    value, text = _date_for(article, s, e, pos, past=True)
    days = _days_apart((article.published or "")[:10], value) if text is not None else None
    return days is not None and 0 <= days <= 31


_TO_COME = ("future", "hypothetical", "conditional")  # modalities of what has not happened (yet)
_TOLD_YEAR = re.compile(r"[0-9٠-٩]{4}|(?:الماضي|المنصرم|المقبل|القادم|الجاري|الحالي)$")


def _after_publication(article: Article, value: str | None) -> bool:
    """The date `value` (a day, a month, a year or an ISO week) begins after the article's day of
    publication."""
    published = (article.published or "")[:10]
    if not (value and len(published) == 10):
        return False
    if "-W" in value:
        try:
            first = date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        except ValueError:
            return False
        return first.isoformat() > published
    return value > published[:len(value)]


def _year_untold(d: dict) -> bool:
    """The date expression `d` names a Gregorian month (and maybe a day) and no year, nor a
    word that tells which year (الماضي، المقبل): "14 أغسطس (آب)", "أواخر مارس"."""
    value = d.get("value") or ""
    return d.get("calendar") == "gregorian" and len(value) in (7, 10) and not _TOLD_YEAR.search(fold(d["text"])) \
        and _month_name().search(fold(d["text"])) is not None


@lru_cache(maxsize=1)
def _month_name() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){alternation(months())}(?![\w])")


def _shift_year(value: str, by: int) -> str:
    """An ISO date or month `by` years on (29 February becomes the 28th)."""
    y, rest = int(value[:4]) + by, value[4:]
    if rest == "-02-29":
        rest = "-02-28"
    return f"{y:04d}{rest}"


def _location(article: Article, sent_ents: list[dict], pos: int, sources: frozenset = frozenset(),
              toward: bool = False, hosts: frozenset = frozenset(), met: frozenset = frozenset()) -> dict | None:
    """Where the event at `pos` happened: a place of its sentence (`sent_ents`), else the
    dateline's. `sources`: the entity ids of the event's sources, no country among which is
    where it happened when the sentence names another ("قصفت إسرائيل جنوب لبنان"). `toward`:
    the event goes somewhere (reinforcements, a visit), where it arrives, not where it came from
    ("وصول تعزيزات من محافظة لحج إلى مدينة عدن": Aden). `hosts`: the entity ids of its sources,
    the country in whose title may be where it happened (استقبل وزير خارجية الإمارات ...). `met`: the
    countries of those a meeting is with, none of which, named as a country, is where it was held
    (عقب لقائه بوزراء دفاع قطر وتركيا: a country met is a party; one met in is named behind "in")."""
    # (the place of an inline dateline, "واس - الرياض:", is where the report was filed)
    body = article.extra.get("dateline_end", 0)
    places = [x for x in sent_ents if x["type"] == "LOC" and x.get("lat") is not None and x["start"] >= body]
    titles = [span for e, span in (article.extra.get("titles") or {}).items() if e not in hosts]
    if titles:
        # a country in the title of a person the event is no source of is whose envoy or minister
        # he is, not where (استقبل الرئيس هادي سفير دولة الإمارات لدى اليمن); a region or a town
        # there is where he serves (الناطق الإعلامي لشرطة منطقة القصيم: where the arrest he tells of was made)
        places = [x for x in places if not (_is_country(x) and any(a <= x["start"] < b for a, b in titles))]
    if met:
        # (but one the officials met are "in": "ويلتقي ... الرئيس المصري عبد الفتاح السيسي وعددًا من المسؤولين في مصر")
        places = [x for x in places if x.get("country") not in met or not _is_country(x)
                  or ((b := fold(article.text[max(0, x["start"] - 24):x["start"]]).split()[-2:])[-1:] == ["في"]
                      and len(b) == 2 and b[0].endswith(("ين", "ون")))]
    if sources and any(x["id"] not in sources for x in places):
        # (an attack's or a coercion's; where a country's government speaks, agrees or
        # meets is as often the country itself)
        places = [x for x in places if x["id"] not in sources]  # (nor a capital that acts: شنت أنقرة غارات)
    # "إذا تم تطبيق اتفاق فيينا": a city an accord is named for is no place of the event (a
    # country after the noun is a party: اتفاق إيران مع الدول الست)
    places = [x for x in places if _is_country(x) or not _names_accord(article.text, x["start"], x["end"])]
    if not toward:
        # "خطتهم المشتركة للسفر إلى تركيا": where someone means to go is no place of the event
        word_start = article.text.rfind(" ", 0, pos) + 1  # (the trigger's word, its prefix on: سيلتقي)
        places = [x for x in places if not _travelled_to(article.text, x["start"])
                  or [w for w in article.text[x["end"]:word_start].split() if w not in ("،", ",")] == ["حيث"]]
        # (but where one goes to meet is where: "سينتقل كيري إلى الدوحة، حيث سيلتقي نظراءه")
    # "اجتماع مع نائب الرئيس جو بايدن حول إيران": what it is about is no place of it
    places = [x for x in places if not _talked_about(article.text, x["start"])]
    # "بشظايا مقذوف عسكري من داخل الأراضي اليمنية": where the fire came from is no place of what it hit
    places = [x for x in places if not _fired_from(article.text, x["start"])]
    # "قصفت طائرات حربية عربية الجماعة المتحالفة مع إيران": whom a side is allied with is no place
    places = [x for x in places if not _backer_named(article.text, x["start"])]
    landmarks = _landmarks(article.text, places)
    if landmarks:
        # "في محافظة شرناك الحدودية مع سوريا والعراق": the countries it borders are no place of it
        places = [x for x in places if x["id"] not in landmarks]
    dl = article.dateline if article.dateline and article.dateline.get("lat") is not None else None
    cities = [x for x in places if not _is_country(x)]
    if cities:
        # a place after the trigger first (زيارة ... إلى طرابلس), one behind "in" or "to" before
        # one in a title (وصل رئيس جمهورية الشيشان إلى جدة: Jeddah), then the nearest before
        after = [x for x in cities if x["start"] >= pos]
        near = [x for x in cities if x["start"] < pos
                and len(article.text[x["end"]:article.text.rfind(" ", 0, pos) + 1].split()) <= 2
                and _behind_place_preposition(article.text, x["start"])]
        if near and all(_told_in_later_clause(article.text, pos, x["start"])
                        or _past_another_report(article.text, pos, x["start"]) for x in after):
            # where one goes or is, right before the event (إلى الدوحة حيث سيلتقي), not a place told in a
            # relative clause of a later noun ("الاتفاق النووي الذي ابرمته الدول الكبرى مع ايران في فيينا")
            # or in another report past a comma ("بريف حماة وقتلها عشرات من عناصر النظام، وأفادت مصادر
            # أن طائرات شنت غارات بريف حلب")
            after = [near[-1]]
        untitled = [x for x in after if not _in_title(article.text, x["start"])]
        marked = [x for x in untitled if _behind_place_preposition(article.text, x["start"])]
        if toward:
            marked = [x for x in marked if not _behind_from(article.text, x["start"])] or marked
        x = (marked or untitled or after or [min(cities, key=lambda x: abs(x["start"] - pos))])[0]
    elif places and not (dl and dl.get("country") in {p.get("country") for p in places}):
        x = min(places, key=lambda x: abs(x["start"] - pos))
    elif dl:
        return {"entity": None, **dl}
    else:
        return None
    return {"entity": x["id"], "text": x["text"], "geonameid": x.get("geonameid"),
            "lat": x.get("lat"), "lon": x.get("lon"), "country": x.get("country")}




_ON_THE_GROUND = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT"})
_TOPIC_DROPPED = frozenset({"ASSAULT", "PROTEST"})  # what a bare noun with the article may name as a topic
# what only people and bodies do: said, asked, agreed, given in support or refused
# the events a relative on a thing in their phrase names no party of (مدرعاتها التي زودها بها التحالف)
_OBJECT_RELATIVE_FREE = frozenset({"MOBILIZE", "CONSULT", "RETREAT"})
_STANCES = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE", "COOPERATE", "CONCEDE", "SANCTION",
                      "THREATEN"})
# what a capital says or decides for its government (رفضت موسكو، دعت واشنطن، تتهم طهران)
_SAID_BY_CAPITALS = frozenset({"REJECT", "REQUEST", "ACCUSE", "SUPPORT", "AGREE", "THREATEN", "SANCTION",
                               "CONCEDE"})


def _stance_on_acts(w: str, t) -> bool:
    """The verb `w` of trigger `t` takes a stance on acts, not on people: rejecting, agreeing,
    backing, conceding, condemning (not criticising, which takes people too): a capital right after
    it, behind و, is its subject ("ورفضت موسكو الاتهامات"), where "ودعت طهران" is who is called on."""
    if t.type == "ACCUSE":
        return t.mode == "disapprove" and not _bare(w).startswith("انتقد")
    return t.type in ("REJECT", "AGREE", "SUPPORT", "CONCEDE")


def _feminine_verb(w: str, t) -> bool:
    """The verb `w` of trigger `t` is of the third person feminine singular: past in ت
    (رفضت, ودعت), present in ت where the verb's own letters do not begin with it (ترفض,
    وتتهم; not the past تعهد), or listed beside its masculine (تدين, يدين)."""
    w = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    # (a present listed as written is one when its masculine is listed too: تدين beside يدين)
    return w.endswith("ت") or (w.startswith("ت") and (not t.words[0].startswith("ت") or (
        t.finite and any(x.type == t.type for x in _starting("ي" + w[1:])))))


def _security_before(article, coder, sent, words: list[str], i: int, lo: int, actor_at) -> dict | None:
    """The nearest body of the state's security (police, army, a ministry, a court) named
    before words[i] in its clause, as a name or a group (الشرطة, رجال الأمن); None when
    the nearest actor is another, a person among them."""
    for kk in range(i - 1, max(lo, i - 12) - 1, -1):
        x = actor_at.get(kk)
        found = _actor(x) if x is not None and x["type"] in ("PER", "ORG") else \
            coder.nominal_actor(article, sent, words, kk, kk + 1) if x is None else None
        if found is None:
            continue
        if found.get("sector") in (_SECURITY if x is not None and x["type"] == "ORG" else _FORCES):
            return found  # (a body of the state by name; unnamed, the police or an army: not
            # "الوزير الألماني عن أمله في إلقاء القبض", a person)
        return None
    return None


def _with_support_from(article, coder, sent, words: list[str], i: int, j: int, lo: int, actor_at: dict,
                       source: list[dict], target: list[dict], received: bool) -> tuple[list[dict], list[dict]]:
    """Support told as a manner, "with support from" (بدعم من, بمساندة من): who follows من
    gives it, and who it helps is the clause's subject or the one named right before it
    ("قوات هادي بدعم من التحالف", "تنفيذ القوات العراقية بدعم من الحشد الشعبي"); who is named
    further on is the object of the act it helps (الحوثيين in "تقاتل ... الحوثيين"), no party."""
    starts = [tk.start for tk in sent]
    trig_end = sent[j - 1].end
    named = {a.get("entity") for a in source}
    giver_pos = {bisect_right(starts, x["start"]) - 1: x for x in article.entities
                 if x["id"] in named and x["start"] >= trig_end}
    given_by = {x["id"] for x in giver_pos.values()}
    givers = [a for a in source[:1] if a.get("entity") in given_by
              or (not a.get("entity") and article.text.find(a["text"], trig_end, sent[-1].end) >= 0)]
    if giver_pos:
        first = min(giver_pos)
        if first <= j + 3:
            k = bisect_left(starts, giver_pos[first]["end"])
            while k < len(words) and words[k][:1] == "و" and (x := actor_at.get(k)) is not None:
                givers.append(_actor(x))  # ("بدعم من التحالف والولايات المتحدة": both)
                k = bisect_left(starts, x["end"])
    helped = [a for a in target if received and all(a is not b for b in source)]
    # (and who is helped behind ل after the giver: "بدعم من الحكومة اليابانية للحكومة المصرية")
    helped += [a for a in target if a["text"][:1] == "ل" and all(a is not b for b in helped)]
    if not helped:
        if i >= 2 and words[i - 1] in ("،", ",") and lo >= i - 1:
            lo = _clause(words, i - 2, i - 1)[0]  # (the clause the comma closes)
        for kk in range(i - 1, max(lo, i - 5) - 1, -1):
            if words[kk] in ("،", ",") and kk == i - 1:
                continue  # ("والمقاومة الشعبية اليمنية، بدعم من قوات التحالف")
            if not words[kk][:1].isalpha() or words[kk] in _PREPOSITIONS:
                break
            x = _ending_at(actor_at, sent, kk)
            if x is not None and x["type"] == "LOC" and (at := bisect_right(starts, x["start"]) - 1) > 0 \
                    and words[at - 1] in _LOCATIVE:
                break  # "انقلاب الحوثيين على الشرعية في اليمن بدعم من قوات صالح": where, not who is helped
            found = _actor(x) if x is not None else coder.nominal_actor(article, sent, words, kk, kk + 1)
            if found is not None:
                helped = [found]
                break
            if words[kk][:1] == "و" and _bare(words[kk]) != words[kk]:
                break  # (not past a verb behind و: "هاجم سياسة الصين في البحر وحظي بدعم")
    return givers, helped


def _supported_genitive(coder, sent, words: list[str], i: int, j: int, lo: int, sent_ents: list[dict]) -> bool:
    """Who follows the noun of support words[i] (دعم, in construct) is supported: "ستواصل دعم
    أصدقائها", "تعزيز دعم الحكومة التونسية". Its giver, rather, is who follows "with" (بدعم
    التحالف), who is given it or thanked for it (في ظل دعم أمير المنطقة, فقد الأرمن دعم الصفويين,
    نوه إلى دعم الأمير: event_words support-given), who supports someone (دعم تشرشل لقيادة) or
    something named next (دعم إيران الإرهاب), or who follows من (يحصل حزب الله على دعم من إيران);
    and a verb is none (وقد دعم الرئيس وزيره, دعم العلويون الأسد: a subject in the nominative)."""
    n = len(words)
    if j - i == 1 and words[i] == "بدعم" and lo < i < n - 1 and words[j] != "من" and (light := next(
            (p for p in range(i - 1, max(lo, i - 6) - 1, -1) if _bare(words[p]) in _LIGHT_VERBS
             and not _definite(words[p])), None)) is not None \
            and not _bare(words[light]).startswith(("جر", "يجر", "تجر")) \
            and not any(_has_bi(w) or not w[:1].isalpha() for w in words[light + 1:i]):
        return not _subject_genitive(sent, words, j, sent_ents)  # "قامت السعودية بدعم الحكومة اليمنية": a
        # light verb carries it, and who follows is supported (not "بدعم التحالف" as a manner: its giver; nor
        # "تجري بدعم", "takes place with support", nor a verb that carries another noun: "تقوم بدورها ...")
    if j - i == 1 and words[i] == "بدعم" and lo < i < n - 1 and _charged_before(words, i, lo):
        return not _subject_genitive(sent, words, j, sent_ents)  # "واتهمته بدعم تنظيم داعش", "وتتهم المعارضة
        # الحكومة بدعم الميليشيات": what one is accused of supporting is supported
    if not (j - i == 1 and words[i] in ("دعم", "ودعم", "لدعم") and lo < i < n - 1):
        return False
    if not words[i - 1][:1].isalnum() or _bare(words[i - 1]) in ("قد", "لقد"):
        return False
    if (coder.kb.adjective_of(words[j]) and not (coder.kb.people_of(words[j]) and _definite(words[j]))) \
            or (words[j][:1] == "ل" and _bare(words[j]) != words[j]) \
            or words[j].endswith("ون"):
        return False
    aim = next((k for k in range(i - 2, max(lo, i - 4) - 1, -1) if words[i - 1] == _ON and (
        words[k] in _AIM_ON or _bare(words[k]) in _AIM_ON)), None)
    # (not an affirming before what one aims at: "وأكد حرص المملكة على دعم الحكومة اليمنية", the support aimed
    # at is given to who follows it)
    if aim is None and any(w in _SUPPORT_GIVEN or _bare(w) in _SUPPORT_GIVEN for w in words[max(lo, i - 6):i]):
        return False
    if any(w[:1] == "ل" for w in words[j + 1:min(n, j + 4)]) or "من" in words[j:j + 3] or "جانب" in words[j + 1:j + 6]:
        return False
    return not _subject_genitive(sent, words, j, sent_ents)


def _subject_named_first(words: list[str], i: int, lo: int, actor_at) -> bool:
    """The clause of the verb at words[i] opens with a noun with the article that no lexicon names, its
    subject named first (الجمعية الطبية الإسرائيلية التي ... حثت), past a word that opens the clause
    (لكن، إن) at most; not a verb right after a relative, whose subject may follow it (تلك التي دعا تنظيم
    داعش إلى مهاجمتها)."""
    first = lo + 1 if lo < i and (words[lo] in _CLAUSE_BREAKS or words[lo] in _COMPLEMENTIZERS) else lo
    return first < i - 1 and _definite(words[first]) and actor_at.get(first) is None and words[i - 1] not in _RELATIVES \
        and not _time_phrase(words[first:first + 1]) and not any(_past_verb_by_use(w) for w in words[first:first + 1])


def _charged_before(words: list[str], i: int, lo: int) -> bool:
    """A verb or noun of accusing stands within the eight words before words[i], no punctuation between
    ("وتتهم السعودية إيران بدعم الحوثيين", "واتهم حزب الشعوب الديمقراطي الحكومة التركية بدعم تنظيم
    داعش"): what follows is what one is accused of."""
    for w in reversed(words[max(lo, i - 8):i]):
        if not w[:1].isalpha():
            return False
        if strip_article(_bare(w)).startswith(_CHARGING) or (w[:1] in "وف" and w[1:].startswith(_CHARGING)):
            return True
    return False


def _subject_genitive(sent, words: list[str], j: int, sent_ents: list[dict]) -> bool:
    """The name right after a verbal noun at words[j - 1] is its subject: a definite noun
    that is not its adjective follows the name (دعم إيران الإرهاب: Iran supports terror)."""
    x = next((x for x in sent_ents if x["start"] == sent[j].start and x["type"] in ("PER", "ORG", "LOC")), None)
    if x is None:
        return False
    after = bisect_left([tk.start for tk in sent], x["end"])
    return after < len(words) and _definite(words[after]) and not kb().adjective_of(words[after])


def _focus_country(article: Article) -> tuple:
    """(country, location) of the article's body, when its dateline is elsewhere: the places
    the body names (at least two) are mostly in one country and none in the dateline's, which
    is then where the report was filed (a news agency's office in Beirut or London), not
    where what it tells happened; the location is the body's first mention of that country.
    () when there is none, or the body does not name the country itself."""
    dl = article.dateline or {}
    if not dl.get("country"):
        return ()
    body = article.extra.get("dateline_end", 0)
    counts: dict[str, int] = {}
    for x in article.entities:
        if x["type"] == "LOC" and x.get("country") and x["start"] >= body:
            counts[x["country"]] = counts.get(x["country"], 0) + 1
    adjective_place_counts(article, counts, body)
    top = dominant_country(counts) if dl["country"] not in counts else None
    place = gazetteer().country_places.get(top) if top else None
    if place is None:
        return ()
    named = next((x for x in article.entities if x["type"] == "LOC" and x["start"] >= body
                  and x.get("geonameid") == place.geonameid), None)
    if named is None:
        return ()
    return top, {"entity": named["id"], "text": named["text"], **place.as_dict()}


def _actors_allow(ev: dict, country: str) -> bool:
    """No actor of the event places it in a country other than `country`: its actors have
    that country, or none of a state (a Kurdish or an international force has none)."""
    states = {a["country"] for a in ev["source"] + ev["target"]
              if a.get("country") in gazetteer().country_places}
    return not states or country in states


def _territory(article: Article, sent, words: list[str], j: int, hi: int) -> tuple[dict, int] | None:
    """(the location, where it starts in the text) of a territory its clause names by a
    nationality: a word of the territory class (event_words) and a nationality adjective at most
    two adjectives on that agrees with it, "المنطقة القبلية الباكستانية", "الأراضي السورية", in
    the country's point; the first after the trigger ending at `j` and before `hi`, else the
    first before it in its clause."""
    known = kb()
    gaz = gazetteer()
    lo, _ = _clause(words, j - 1, j)
    for rng in (range(j, min(hi, len(words))), range(lo, j - 1)):
        for k in rng:
            if strip_article(_bare(words[k])) not in _TERRITORY or _fired_from(article.text, sent[k].start):
                continue  # (not where the fire came from: "مقذوف عسكري من داخل الأراضي اليمنية")
            for b in range(k + 1, min(len(words), k + 4)):
                # (adjectives agree with the noun: not "المناطق المضطربة ويستهدف السعودية")
                if not words[b][:1].isalpha() or _definite(words[b]) != _definite(words[k]) or words[b][:1] == "و":
                    break
                c = known.adjective_of(words[b])
                if c:
                    place = gaz.country_places.get(c)
                    if place is None:
                        break
                    return {"entity": None, "text": article.text[sent[k].start:sent[b].end], **place.as_dict()}, \
                        sent[k].start
    return None


_EXCEPTING = frozenset(fold(w) for w in ("باستثناء", "بإستثناء", "وباستثناء", "عدا", "ماعدا", "فيماعدا"))


def _after_words(article: Article, ents: list[dict], actor: dict, s: int, e: int, cues: frozenset[str],
                 reach: int = 1) -> bool:
    """The `actor` follows one of the folded words `cues`, right before it or, with `reach` above 1, with
    as many words less one between ("فيما عدا مدينة العريش"), and no punctuation after the cue, wherever
    the sentence from `s` to `e` names it."""
    if actor.get("entity"):
        starts = [_entity_start(ents, actor["entity"])]
    else:
        starts = [m.start() + s for m in re.finditer(re.escape(actor.get("text") or "\0"), article.text[s:e])]
    if not starts or min(starts) < 0:
        return False
    for start in starts:
        words = article.text[max(0, start - max(40, 12 * reach)):start].split()[-reach:]
        k = next((k for k in range(len(words) - 1, -1, -1) if fold(words[k].strip("،,.؛:()")) in cues), None)
        if k is None or any(c in " ".join(words[k:])[len(words[k]):] for c in "،,.؛:"):
            return False
    return True


def _excepted(article: Article, ents: list[dict], actor: dict, s: int, e: int) -> bool:
    """The `actor` follows a word of exception (باستثناء، ما عدا), in the phrase it opens (باستثناء نائب
    رئيس الفيفا السابق جيفري ويب): the one set apart from those who took part."""
    return _after_words(article, ents, actor, s, e, _EXCEPTING, 7)


def _entity_start(ents: list[dict], eid: str) -> int:
    """Where the entity `eid` starts in the text (-1 when it is not among `ents`)."""
    return next((x["start"] for x in ents if x["id"] == eid), -1)


def _is_country_place(loc: dict) -> bool:
    """The event's location is a country, not a city or a district in it."""
    place = gazetteer().country_places.get(loc.get("country") or "")
    return place is not None and loc.get("geonameid") == place.geonameid


def _travelled_to(text: str, start: int) -> bool:
    """The place at `start` follows إلى after a verbal noun of travelling (بالسفر إلى سورية), or
    after a word of heading for (الهيروين المتجه إلى هولندا, نحو محافظة تعز)."""
    before = fold(text[max(0, start - 30):start]).split()
    return len(before) >= 2 and before[-1] == "الي" and (_bare(before[-2]) in _TRAVELLING or before[-2] in _TOWARD)


def _talked_about(text: str, start: int) -> bool:
    """The place at `start` is what something is about: right after حول، بشأن، بخصوص, or one noun
    after it (اجتماع مع نائب الرئيس جو بايدن حول إيران، خلافاتهما بشأن مصير سوريا)."""
    before = fold(text[max(0, start - 40):start]).split()
    return bool(before) and (before[-1] in _TOPIC_WORDS or (len(before) >= 2 and before[-2] in _TOPIC_WORDS
                                                            and before[-1][:1].isalpha()))


def _backer_named(text: str, start: int) -> bool:
    """The place at `start` is who a party is allied with or backed by, no place of the event:
    right after a word of affiliation and مع or من (الجماعة المتحالفة مع إيران، ميليشيات مدعومة
    من إيران), or behind ل right after one (القوات الموالية لإيران)."""
    before = fold(text[max(0, start - 40):start]).split()
    if not before:
        return False
    if before[-1] in ("مع", "من"):
        return len(before) >= 2 and before[-2] in _AFFILIATION
    # (not what a place belongs to: "منطقة ميمنة بمركز سنورس التابع لمحافظة الفيوم", in it)
    word = before[-2] if before[-1] == "ل" and len(before) >= 2 else before[-1]
    return text[start - 1:start] == "ل" and word in _AFFILIATION and "تابع" not in word


def _names_accord(text: str, start: int, end: int) -> bool:
    """The place named from `start` to `end` follows a noun of an accord (اتفاق فيينا، اتفاقية
    جنيف), and no مع after it makes it a party (اتفاق أثينا مع دائنيها)."""
    before = fold(text[max(0, start - 20):start]).split()
    after = text[end:end + 6].split()
    return bool(before) and (before[-1] in _ACCORD_NAMES or (before[-1][:1] in "وفبل" and before[-1][1:] in _ACCORD_NAMES)) \
        and not (after and after[0] == "مع")


def _in_title(text: str, start: int) -> bool:
    """Whether the place named at `start` is in a person's title: a role before it, at most
    words of a place or of a body between (رئيس جمهورية الشيشان, وكيل إمارة منطقة مكة
    المكرمة; not "سفير المملكة في لندن", "هجوم انتحاري استهدف مدينة سوروتش")."""
    k = kb()
    for w in reversed(fold(text[max(0, start - 40):start]).split()[-3:]):
        if strip_article(w) in _DIRECTIONS or w in k.org_heads or strip_article(w) in _STATE_WORDS:
            continue  # the place's own words and the body it names (إمارة منطقة, جمهورية)
        return _title_head(w) or strip_article(w) in _DEPUTY_TITLES
    return False


def _landmarks(text: str, places: list[dict]) -> set:
    """The ids of the places named after a word of bordering, with its preposition
    (المحاذية لأفغانستان، الحدودية مع سوريا; a country after القريبة من), or after the border
    with (قرب الحدود التركية مع العراق), or joined by و to one."""
    out: set = set()
    last_end = -10
    for x in sorted(places, key=lambda x: x["start"]):
        start = x["start"]
        before = fold(text[max(0, start - 24):start]).split()
        border = len(before) > 1 and before[-1] == "مع" and any(strip_article(w).startswith("حدود") for w in before[-3:-1])
        if before and before[-1] in ("مع", "من", "ل") and len(before) > 1:
            before = before[:-1]
        if border or (before and before[-1] in _BORDERING and (_is_country(x) or "قريب" not in before[-1])) \
                or (last_end >= start - 3 and text[start - 1:start] == "و"):
            # (a town near which it happened is where: "مواقع قريبة من الحسكة")
            out.add(x["id"])
            last_end = x["end"]
    return out


def _behind_place_preposition(text: str, start: int) -> bool:
    """Whether the place named at `start` follows "in" or "to", or a word of a place phrase
    (في فيينا, إلى جدة, بجدة, في حي الأعظمية ببغداد)."""
    if text[start - 1:start] == "ب" or text[start:start + 1] == "ب" and text[start + 1:start + 3] == "ال":
        return True  # (the entity with the preposition or without it)
    before = fold(text[max(0, start - 12):start]).split()
    return bool(before) and (before[-1] in _LOCATIVE or _TARGET_PREPS.get(before[-1]) == "to"
                             or strip_article(before[-1]) in _DIRECTIONS
                             or (before[-1][:1] == "ب" and before[-1][1:] in _DIRECTIONS))  # (بريف حماة)


def _follows_past_time(t, words: list[str], j: int) -> bool:
    """The word the trigger's verb takes after it (its `follows`: فتح ... النار) stands past a time right
    after the verb ("وكان متطرفون فتحوا أمس، النار"): the verb has its object, no passive."""
    jf = _past_time(words, j)
    if jf > j and jf < len(words) and words[jf] in ("،", ","):
        jf = _past_time(words, jf + 1)  # (the time set off by a comma)
    return bool(t.follows) and jf < len(words) and (words[jf] in t.follows or _bare(words[jf]) in t.follows)


def _projectile_before(words: list[str], k: int, j: int) -> bool:
    """A projectile (event_words.tsv projectile) stands among the four words before words[k], after
    words[j], with only its adjectives, no article, between (قذائف مدفعية عشوائية للحوثيين)."""
    for p in range(k - 1, max(j, k - 4) - 1, -1):
        if _bare(words[p]) in _PROJECTILES:
            return True
        if not words[p][:1].isalpha() or _definite(words[p]) or words[p][:1] in "وفبل":
            return False
    return False


def _fired_from(text: str, start: int) -> bool:
    """The place named at `start` follows "from" (past "inside", "the lands of", a direction) within
    four words after a projectile or fire (event_words.tsv projectile, fire): "مقذوف عسكري من داخل
    الأراضي اليمنية", "قذائف أطلقت من سوريا", "فتحوا النار من سوريا"."""
    before = fold(text[max(0, start - 60):start]).split()
    while before and (strip_article(before[-1]) in _DIRECTIONS or before[-1] == "داخل"):
        before.pop()
    if not before or before[-1] != "من":
        return False
    return any(_bare(w) in _PROJECTILES or strip_article(_bare(w)) in _PROJECTILES
               or strip_article(_bare(w)) in _FIRE_NOUNS for w in before[-6:-1])


def _behind_from(text: str, start: int) -> bool:
    """Whether the place named at `start` follows "from", past the words of a place phrase
    (من محافظة لحج، قادمين من الرياض)."""
    before = fold(text[max(0, start - 30):start]).split()
    while before and strip_article(before[-1]) in _DIRECTIONS:
        before.pop()
    return bool(before) and before[-1] == "من"


def _about(words: list[str], j: int, trig, nested: set[int]) -> tuple[str, ...]:
    """What an event is about: the three words after its trigger, or after its nested trigger."""
    for idx in nested:
        i2, j2, _ = trig[idx]
        if j <= i2 <= j + 2:
            return tuple(_bare(w) for w in words[j2:j2 + 3])
    return tuple(_bare(w) for w in words[j:j + 3])


def _same_day(ev: dict, m: dict) -> bool:
    """Two mentions may be of one event by their dates: the same, or, for a meeting or a visit,
    one dated by its sentence to a day of the week of publication and one whose sentence tells no
    day ("وصل الرئيس إلى جدة صباح أمس" and "لدى وصوله مطار الملك عبدالعزيز": one arrival, not one
    yesterday and one today)."""
    if ev["date"] == m["date"]:
        return True
    if ev["type"] != "CONSULT" or (ev["date_text"] is None) == (m["date_text"] is None):
        return False
    # (the undated one has the day of publication: the other's day is within the week of it)
    days = _days_apart(ev["date"], m["date"])
    return days is not None and abs(days) <= 7


_ATTACK_ANAPHORS = frozenset(_WORDS["attack-anaphor"])  # الهجوم: an attack named again


def _apart(a: dict | None, b: dict | None) -> bool:
    """Two places the text names for two attacks, neither inside the other's name: strikes on
    صرواح and on جبهة مجزر the same day are two (as event data counts them), not one told twice."""
    if not a or not b or a.get("entity") is None or b.get("entity") is None:
        return False
    ta, tb = fold(a.get("text") or ""), fold(b.get("text") or "")
    return ta != tb and ta not in tb and tb not in ta and a.get("geonameid") != b.get("geonameid")


def _actor_key(actors: list[dict]) -> frozenset:
    """The actors' identity for merging; a target implied by the place alone does not count."""
    return frozenset(a.get("country") or a.get("text") for a in actors if not a.get("implied"))


def _texts(actors: list[dict]) -> frozenset:
    """The actors as the text names them: "العمال" found as a name and as a group noun is one
    actor, whatever country either was given."""
    return frozenset(a.get("text") for a in actors)


def _sectors_agree(a: list[dict], b: list[dict]) -> bool:
    """Actors of one country on both sides are the same only if their sectors can be:
    gunmen (UAF) and the security forces (COP) of one country are two sides, "تركيا" and
    "وزير الدفاع التركي" (no sector, GOV) may be one."""
    def sectors(actors):
        out: dict[str, set] = {}
        for x in actors:
            if x.get("country") and not x.get("implied"):
                out.setdefault(x["country"], set()).add(x.get("sector"))
        return out
    sa, sb = sectors(a), sectors(b)
    for c in sa.keys() & sb.keys():
        ka, kb = sa[c] - {None}, sb[c] - {None}
        if ka and kb and not ka & kb and None not in sa[c] and None not in sb[c]:
            return False
    return True


def _other_modes(a: dict, b: dict) -> bool:
    """Two acts of force or of yielding whose modes differ are two (حالة الطوارئ and الاعتقالات, both
    COERCE; a resignation and a release); what is said (an accusation that also criticises, an appeal
    that also demands) is one statement, an attack told by two weapons one attack; a visit and a phone
    call are two meetings ("استقبل ... وأجرى اتصالاً هاتفيًا بالرئيس الروسي")."""
    return (a["type"] in ("COERCE", "RETREAT") and bool(a.get("mode")) and bool(b.get("mode"))
            and a["mode"] != b["mode"]) or (a["type"] == "CONSULT" and {a.get("mode"), b.get("mode")} == {"visit", "phone"})


def _political(actor: dict, sectors: frozenset) -> bool:
    """An actor of a political sector, an intergovernmental body, or a state or its people
    named by a country with no other sector (سوريا، الإيرانيين), not one implied by where the
    event happened."""
    if actor.get("sector") in sectors or actor.get("country") == "IGO":
        return True
    return actor.get("sector") is None and bool(actor.get("country")) and not actor.get("implied")


def _merge(events: list[dict], coded_actor: bool = False, political: frozenset = frozenset(),
           political_sectors: frozenset = frozenset()) -> list[dict]:
    """One event per real-world event: same type, actors and date, or the same content.
    An event that no mention gives a source or a target is kept only when it may stand
    alone (`alone`: its type or trigger); an actorless mention first joins the event it
    tells again ("الزيارة"). With `coded_actor`, one that may not stand alone also needs
    an actor with a country or a sector. An event whose type or "type/mode" is in
    `political` needs a political actor (`_political`); the place a visit goes to is one only
    in a sentence that names an official. A welcome to people only (رحب بالضيوف) is none."""
    merged: list[dict] = []
    for ev in events:
        twin = None
        told = None  # the attack a verb of aiming after its noun tells again: the event nearest before the noun
        if ev.get("after_attack") is not None:
            at = ev["after_attack"]
            told = max((m for m in merged if m["type"] == ev["type"] and m["sentence"] == ev["sentence"]
                        and m["trigger"]["start"] <= at), key=lambda m: m["trigger"]["start"], default=None)
        if not ev["source"] and not ev["target"]:
            # "الزيارة" with no actors of its own: the visit already told (the same day, or definite)
            twin = next((m for m in reversed(merged) if m["type"] == ev["type"] and m["modality"] == ev["modality"]
                         and (ev.get("definite") or m["date"] == ev["date"]) and not _other_modes(ev, m)), None)
        for m in ([] if twin is not None else merged):
            if ev.get("separate") and m["sentence"] != ev["sentence"]:
                continue  # "وفي حادث منفصل، قتل جندي تركي": not the one told before
            targets_agree = (_actor_key(ev["target"]) == _actor_key(m["target"]) or not _actor_key(ev["target"])
                             or not _actor_key(m["target"])) and _sectors_agree(ev["target"], m["target"])
            # (the same three words after the trigger, of one type or an agreement and what it agreed on
            # ("تم الاتفاق على إرسال مستشارين عسكريين", then "إرسال مستشارين عسكريين"), not praise and blame
            # ("أشاد المشاركون في أعمال الندوة", "وأدان المشاركون في أعمال الندوة"); but not with another
            # party: "التقى الأمير محمد
            # بن سلمان ... قاديروف" and "كما اجتمع الأمير محمد بن سلمان ... بسمير جعجع" are two meetings)
            same_about = ev["about"] and ev["about"] == m["about"] and len(ev["about"]) == 3 and targets_agree \
                and (ev["type"] == m["type"] or "AGREE" in (ev["type"], m["type"])) \
                and not _named_apart(ev["source"], m["source"])
            # (nor by another named source: "تلقى ... اتصالاً هاتفياً اليوم من" the crown prince of
            # Bahrain, then of its minister of the interior: two calls; and two of one country and
            # sector the same day are two unless the later one names the event again, with the
            # article, or with a pronoun in the same sentence: "زيارة الأمير محمد بن سلمان لروسيا" is
            # not the minister's meeting)
            same_core = ev["type"] == m["type"] and _same_day(ev, m) and \
                _actor_key(ev["source"]) == _actor_key(m["source"]) and _sectors_agree(ev["source"], m["source"]) and \
                targets_agree and not (_named_apart(ev["source"], m["source"]) and not ev.get("definite") and not (
                    ev["trigger"]["text"].endswith(_POSSESSIVES) and ev["sentence"] == m["sentence"])) and \
                ev["modality"] == m["modality"] and (ev["source"] or ev["location"] == m["location"]) \
                and not (ev["type"] in _KILLING and _apart(ev["location"], m["location"])) \
                and not _other_modes(ev, m)
            # two triggers of one protest in one sentence by the same protesters ("خرج متظاهرون ...
            # للاحتجاج على", "تجمع 40 متظاهرا أمام مقر رئيس الوزراء ... للاحتجاج على انتهاكات الرئيس
            # الباكستاني"): where it is held and what it is against are its targets both (attacks
            # told in one sentence are often two)
            same_sentence = ev["type"] == "PROTEST" and ev["sentence"] == m["sentence"] and ev["type"] == m["type"] and \
                ev["modality"] == m["modality"] and ev["source"] and \
                (_actor_key(ev["source"]) == _actor_key(m["source"]) or _texts(ev["source"]) == _texts(m["source"]))
            # a verb and the attack noun right after it, its subject ("واستهدفت غارة أمريكية"):
            # one event told by two triggers
            adjacent = ev["type"] == m["type"] and ev["type"] in _KILLING and ev["sentence"] == m["sentence"] and \
                ev["modality"] == m["modality"] and 0 <= ev["trigger"]["start"] - m["trigger"]["end"] <= 1 and \
                (not ev["source"] or not m["source"] or _actor_key(ev["source"]) <= _actor_key(m["source"])
                 or _actor_key(m["source"]) <= _actor_key(ev["source"]))  # (one names whom the doer belongs to too)
            # "هاجموا ثكنة للجيش التركي، وأسفر الهجوم عن مقتل ثلاثة جنود": the attack named again, with the
            # article and no author, in the same sentence, is the one its verb told
            anaphor = ev.get("definite") and not ev["source"] and ev["type"] == m["type"] and m["source"] \
                and ev["sentence"] == m["sentence"] and ev["modality"] == m["modality"] \
                and m["trigger"]["start"] < ev["trigger"]["start"] and targets_agree \
                and fold(ev["trigger"]["text"]).split()[0] in _ATTACK_ANAPHORS \
                and not ({a.get("entity") for a in ev["target"]} - {None}) & {a.get("entity") for a in m["source"]}
            # "قتلوا في هجوم انتحاري استهدف نقطة تفتيش", "شنت مقاتلات ... غارات جوية استهدفت قاعدة العند": the
            # verb of aiming after the attack's noun tells the killing's attack, or the noun's, again
            retold = m is told and ev["modality"] == m["modality"] and (
                m["trigger"]["start"] == ev["after_attack"] or ev.get("cause_opened"))
            if same_core or same_about or same_sentence or adjacent or anaphor or retold:
                twin = m
                break
        mention = {"trigger": ev["trigger"], "sentence": ev["sentence"], "attributed_to": ev["attributed_to"]}
        if twin is None:
            ev["mentions"] = [mention]
            merged.append(ev)
            continue
        twin["mentions"].append(mention)
        if twin["date_text"] is None and ev["date_text"] is not None:
            twin["date"], twin["date_text"] = ev["date"], ev["date_text"]  # (a later mention tells the day)
        for side, other in (("source", "target"), ("target", "source")):
            # (one the event already has on the other side stays there: "التقى الأمير خالد الفيصل مدير
            # عام الإدارة ... عبدالله السويد على هامش زيارته": the one met owns no visit of the other's)
            # (nor does one no entity names, by the same words: "من بينهم انتحاري ... في تفجير انتحاري")
            # (by another mention of the same person either: "استقبل الأمير ... المبطي" and "وقدم المبطي خلال اللقاء")
            twin[side] = _dedup(twin[side] + [a for a in ev[side] if not any(map(partial(_same_reading, a), twin[other]))
                                              and not _same_named(a, twin[other])
                                              and not (a.get("implied") and twin[side])])
            # (nor the place another mention is told in, when the event has its target: "عملية انتحارية ... ونسبت إلى
            # متمردي حزب العمال الكردستاني الذين يتعرضون لغارات ... في العراق")
        nouns = tuple(m["trigger"]["text"] + " " for m in twin["mentions"])
        for side in ("source", "target"):
            # "رمضان قاديروف" in one mention, "رئيس جمهورية الشيشان" in another: the one named
            twin[side] = [a for a in twin[side] if not _named_elsewhere(a, twin["source"] + twin["target"])]
            # "وسعت الولايات المتحدة عقوباتها" and "عقوبات أميركية" later: the event noun's adjective
            # names the country a name gives already
            twin[side] = [a for a in twin[side] if not (a.get("entity") is None and a["text"].startswith(nouns) and any(
                b.get("entity") is not None and b.get("country") == a.get("country") for b in twin[side]))]
        if any(not a.get("implied") for a in twin["target"]):
            twin["target"] = [a for a in twin["target"] if not a.get("implied")]  # named targets replace the place
        twin["contexts"] = list(dict.fromkeys(twin["contexts"] + ev["contexts"]))
        if any(a.get("sector") in ("MIL", "PRM") for a in twin["source"] + twin["target"]) \
                and twin["type"] in ("MOBILIZE", "COOPERATE", "AID", "AGREE") and "military" not in twin["contexts"]:
            twin["contexts"].append("military")
        if twin["attributed_to"] and not ev["attributed_to"]:
            twin["attributed_to"] = None  # the outlet itself reports it too
        if twin["location"] is None or (twin.get("territory") and ev["location"] and ev["location"].get("entity")):
            twin["location"] = ev["location"]  # (a place the text names, over a territory: بلدة تركية ... سروج)
            twin["territory"] = ev.get("territory")
        if twin["mode"] is None and twin["type"] == ev["type"]:
            twin["mode"] = ev["mode"]  # "واستهدفت غارة": the air strike tells how
        twin["confidence"] = round(min(0.95, max(twin["confidence"], ev["confidence"]) + 0.05), 2)
        twin["alone"] = twin["alone"] or ev["alone"]
    for ev in [m for m in merged if not m["source"] and not m["target"]]:
        # "وفي الهجوم الذي قتل فيه جندي تركي في اشتباكات مع تنظيم داعش": an actorless mention
        # before the event its sentence goes on to tell with its parties is that event
        later = next((m for m in merged if m is not ev and m["type"] == ev["type"] and m["modality"] == ev["modality"]
                      and m["sentence"] == ev["sentence"] and m["trigger"]["start"] > ev["trigger"]["start"]
                      and not _other_modes(ev, m)), None)
        if later is not None:
            later["mentions"] = ev["mentions"] + later["mentions"]
            later["alone"] = later["alone"] or ev["alone"]
            merged.remove(ev)
    for ev in merged:
        if ev["type"] in _KILLING:
            # a base or a barracks is struck, it strikes no one: "أكبر قاعدة عسكرية في البلاد بعد معارك ضارية"
            ev["source"] = [a for a in ev["source"] if not _installation(a)]
        if ev["type"] in _STANCES:
            # an aircraft, a ship or a convoy takes no stance: "صفقة طائرات الرافال"، "دعم عسكري يضم
            # دبابات"، "إشادات بطاقم الطائرة" name no party of an agreement, a support or a praise
            ev["source"] = [a for a in ev["source"] if not _craft(a)]
            ev["target"] = [a for a in ev["target"] if not _craft(a)]
    merged = [ev for ev in merged if ev["alone"] or (
        any(a.get("country") or a.get("sector") for a in ev["source"] + ev["target"]) if coded_actor
        else ev["source"] or ev["target"])]
    if political:
        merged = [ev for ev in merged if not (ev["type"] in political or f"{ev['type']}/{ev['mode']}" in political)
                  or any(_political(a, political_sectors) for a in ev["source"] + ev["target"]
                         if not (ev["mode"] == "visit" and (a.get("kind") == "LOC" or a is ev.get("host"))
                                 and not ev["officials"]))]
        # (a place visited stands for a political party to the visit only in a sentence that
        # names a political person or body: "قال إردوغان خلال زيارة إلى قبرص", not "وصلت شحنة
        # من القمح اليمن", "من يزور موناكو"), and so does the city a visitor is in (يزور كورنيش جدة)
    # an aircraft, a ship or a convoy that arrives pays no visit
    merged = [ev for ev in merged if not (ev["mode"] == "visit" and any(
        _craft(a) for a in ev["source"] + ev["target"]) and all(
        _craft(a) or a.get("kind") == "LOC" or a is ev.get("host") for a in ev["source"] + ev["target"]))]
    # people with no name of their own who arrive (وصل 120 يمنيا عالقا إلى اليمن) travel, they pay
    # no visit of state
    merged = [ev for ev in merged if not (ev["mode"] == "visit" and ev["source"] and all(
        a.get("entity") is None and a.get("sector") == "CVL" for a in ev["source"]))]
    # a welcome to people (رحب المحافظ بالمطيري, رحب السيسي بضيف مصر) greets guests, it
    # supports no one
    merged = [ev for ev in merged if not (ev["type"] == "SUPPORT" and ev.get("welcome") and ev["target"]
                                          and all(a.get("kind") == "PER" or (a.get("entity") is None and a.get(
                                              "sector") in _PEOPLE_SECTORS) for a in ev["target"]))]
    # (and people no one names: "رحب الأمين العام المساعد بجميع الموظفين")
    # a summit with no one at it and nowhere is a peak: "هذا الامر قمة الامتاع", "تمثل قمة كرة القدم"
    merged = [ev for ev in merged if not (ev["mode"] == "multilateral" and not ev["source"] and not ev["target"]
                                          and not ev.get("location") and _PEAK in fold(ev["trigger"]["text"]))]
    # a protest or an attack named by a noun with the article, no one doing it or suffering it, no place in its
    # sentence and no date of its own, told once, is a word of a topic, no report: "مضمون الكلام هو مقياس
    # الاحتجاج ومرجعه", "الضمان الاجتماعي والاحتجاج !!"
    merged = [ev for ev in merged if not (ev["type"] in _TOPIC_DROPPED and ev.get("definite") and not ev["source"]
                                          and not ev["target"] and not (ev.get("location") or {}).get("entity")
                                          and not ev.get("date_text") and len(ev.get("mentions") or [ev]) <= 1
                                          and not ev.get("harmed"))]
    # (not one whose sentence tells its toll or counts people: "أسفرت الاشتباكات بين الفريقين عن مقتل العشرات",
    # "أن 70 أسيرا توفوا نتيجة التعذيب القاسي في السجون الإسرائيلية")
    for ev in merged:
        if ev["mode"] in _ONLY_PEOPLE:
            # a town or a country is not arrested or set free: "تم اعتقال ستة حراس" in a story of
            # Jerusalem, "القبض على الجناة" after "مساندتها للمملكة العربية السعودية" have no place for
            # their target (the arrest stays, its target unnamed)
            # (nor is a court: "وتم القبض عليه واعترف ... لكنه غير أقواله في محكمة الرس")
            ev["target"] = [a for a in ev["target"] if a.get("kind") != "LOC"
                            and not (a.get("sector") == "JUD" and (a.get("kind") == "ORG" or (
                                a.get("entity") is None and kb().org_head(fold(a["text"].split()[0])))))]
            # (nor a prosecution named by its head: "أحالت ... 14 عنصرا على النيابة العامة بعد القبض عليهم")
    for n, ev in enumerate(merged, 1):
        ev["id"] = f"V{n}"
        ev.pop("about", None)
        ev.pop("definite", None)
        ev.pop("harmed", None)
        ev.pop("welcome", None)
        ev.pop("officials", None)
        ev.pop("host", None)
        ev.pop("alone", None)
        ev.pop("separate", None)
        ev.pop("after_attack", None)
        ev.pop("cause_opened", None)
        ev.pop("territory", None)
        for side in ("source", "target"):
            for a in ev[side]:
                a.pop("canonical", None)
                a.pop("implied", None)
                a.pop("kind", None)
                a.pop("role", None)
    return merged


def _named_apart(one: list[dict], other: list[dict]) -> bool:
    """Both lists name people or bodies, and none of one's is among the other's."""
    def names(actors: list[dict]) -> set:
        return {a.get("canonical") or a["text"] for a in actors if a.get("entity") and a.get("kind") in ("PER", "ORG")}
    a, b = names(one), names(other)
    if not (a and b) or a & b:
        return False
    # (a name and a longer one of the same person are no two: "إدوارد" and "إدوارد الثامن")
    return not any(set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split()) for x in a for y in b)


def _named_elsewhere(a: dict, actors: list[dict]) -> bool:
    """The unnamed actor `a` (رئيس جمهورية الشيشان) is a person among `actors` named with a role
    of the same first word, country and sector (رمضان قاديروف, "رئيس")."""
    if a.get("entity") is not None or not a.get("country") or a.get("sector") not in ("GOV", "LEG", "JUD"):
        return False  # (an official's role, not a unit: "مركزا للشرطة" is no named policeman)
    head = strip_article(fold(a["text"]).split()[0]) if a["text"].split() else ""
    if kb().role_of([head]) is None:
        return False
    return any(b.get("entity") is not None and b.get("kind") == "PER" and b.get("role")
               and b.get("country") == a["country"] and b.get("sector") == a["sector"]
               and strip_article(fold(b["role"]).split()[0]) == head for b in actors)


def _dual_nationals(coder: EventCoder, article: Article, sent, words: list[str], k: int, end: int) -> list[dict]:
    """The two officials a definite dual role with two nationalities joined by و names
    (الرئيسان الأميركي والتركي، الوزيرين السعودي والمصري), one per country; [] for any other
    words at k."""
    if k + 2 >= end or not words[k + 2].startswith("و"):
        return []
    w = strip_article(words[k])
    if w == words[k] or len(w) < 5 or not w.endswith(("ان", "ين")):
        return []
    hit = coder.kb.role_of([w[:-2]])
    if hit is None and (words[k] in _TWO_SIDES or "ال" + w in _TWO_SIDES):
        hit = (1, None)  # "الجانبين المصري والروسي": the two states
    if hit is None or hit[0] != 1:
        return []
    first, second = coder.kb.nationality_of(words[k + 1]), coder.kb.nationality_of(words[k + 2][1:])
    if not first or not second or first == second or not words[k + 1].startswith("ال"):
        return []
    return [{"entity": None, "text": article.text[sent[k].start:sent[k + 1].end], "country": first, "sector": hit[1]},
            {"entity": None, "text": article.text[sent[k + 2].start:sent[k + 2].end], "country": second,
             "sector": hit[1]}]
