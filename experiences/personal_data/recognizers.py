"""Presidio recognizers for the French formats of a young person's data: e-mail,
phone, NIR, postal address, social-network account, France Travail identifier,
i-milo file number, date or year of birth.

Every pattern runs in linear time on any input: each unbounded run starts only
where the previous character cannot extend it, and every repetition is bounded,
so no position is retried for every later one (an unanchored e-mail local part
once made 40 000 characters take 26 s). None of them touches the network:
Presidio's own EmailRecognizer and UrlRecognizer call tldextract, which downloads
the public suffix list, so they are not used.
"""

import re

import phonenumbers
from presidio_analyzer import Pattern, PatternRecognizer
from stdnum.fr import nir

LANGUAGE = "fr"
# Case matters (a name starts with a capital); patterns that do not care say so.
FLAGS = re.MULTILINE


def window(text, start, end, before=80, after=40):
    """The lower-cased text around a match, for the context checks."""
    return text[max(0, start - before) : start].lower(), text[end : end + after].lower()


class FrenchRecognizer(PatternRecognizer):
    """A pattern recognizer whose matches the surrounding words may dismiss."""

    entity = ""
    patterns_by_name = {}
    score = 0.8

    def __init__(self):
        super().__init__(
            supported_entity=self.entity,
            name=type(self).__name__,
            supported_language=LANGUAGE,
            patterns=[
                Pattern(name, regex, self.score)
                for name, regex in self.patterns_by_name.items()
            ],
            global_regex_flags=FLAGS,
        )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        kept = []
        for result in results:
            if self.keep(text, result.start, result.end):
                result.start, result.end = self.core(text, result.start, result.end)
                kept.append(result)
        return kept

    def keep(self, text, start, end):
        return True

    def core(self, text, start, end):
        """The part of the match to show: the number, not the words naming it."""
        return start, end


def last_word(text, start, end):
    return start + text[start:end].rfind(" ") + 1 if " " in text[start:end] else start


class EmailRecognizer(FrenchRecognizer):
    entity = "EMAIL"
    patterns_by_name = {
        "e-mail": r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}",
    }


# French numbers, found loosely (06 12 34 56 78, 06.12.34.56.78, +33 6 12 34 56 78,
# 0033…, 06-12-…) then kept only if phonenumbers says the number exists.
PHONE = (
    r"(?<![\d+])(?:(?:\+|00)33\s?(?:\(0\)\s?)?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?!\d)"
)


class PhoneRecognizer(FrenchRecognizer):
    entity = "PHONE"
    patterns_by_name = {"téléphone": PHONE}

    def validate_result(self, pattern_text):
        try:
            number = phonenumbers.parse(pattern_text, "FR")
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_valid_number(number)


class NirRecognizer(FrenchRecognizer):
    """The social security number: sex, year, month, department, commune, order,
    then the key, which python-stdnum checks. A number whose key is wrong (a
    typo) still counts after words naming it; without its key (13 digits) the
    number is kept on its shape alone."""

    entity = "NIR"
    # Below the analyzer's threshold until the key or the words say NIR.
    score = 0.4
    patterns_by_name = {
        "NIR": (
            r"(?<![\dA-Za-z])[1-478][\s.]?\d{2}[\s.]?(?:0[1-9]|1[0-2]|[2-9]\d)[\s.]?"
            r"(?:\d{2}|2[ABab])[\s.]?\d{3}[\s.]?\d{3}(?:[\s.]?\d{2})?(?![\dA-Za-z])"
        ),
    }
    NAMED = re.compile(
        r"nir|sécu|sécurité sociale|vitale|assurée?|immatricul|insee|ss\b", re.I
    )

    def validate_result(self, pattern_text):
        compact = re.sub(r"[\s.]", "", pattern_text)
        if len(compact) == 13 or not nir.is_valid(compact):
            return None
        return True

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            compact = re.sub(r"[\s.]", "", text[result.start : result.end])
            named = self.NAMED.search(window(text, result.start, result.end, 50)[0])
            if result.score < 1 and (named or len(compact) == 13):
                result.score = 0.8
        return results


STREET_TYPES = (
    r"rue|avenue|av\.|bd|boulevard|bld|allée|allées|impasse|chemin|place|route|"
    r"quai|cours|square|résidence|lotissement|lot\.|cité|voie|passage|sentier|"
    r"hameau|lieu-dit|faubourg|fbg|rond-point|esplanade|promenade|parvis|mail|"
    r"villa|clos|domaine|ruelle|venelle|montée|côte|chaussée|traverse|tour|bât\.|"
    r"bâtiment|escalier|appartement|appt"
)
# A word of a street's name: particles, then a capital or a number.
STREET_WORD = (
    r"(?:(?i:de|du|des|la|le|les|aux|au|sur|l['\u2019]|d['\u2019])\s?){0,3}"
    r"[A-ZÉÈÀÂÎÔ0-9][\w'\u2019.-]{0,30}"
)


class AddressRecognizer(FrenchRecognizer):
    """A number, a street type and its name, then maybe a postcode and a town;
    or a postcode and a town after the words of someone's home."""

    entity = "ADDRESS"
    patterns_by_name = {
        "numéro et voie": (
            r"(?<![\w,])\d{1,4}(?:\s?(?:bis|ter|[a-dA-D])\b)?,?\s(?i:"
            + STREET_TYPES
            + r")"
            r"(?:\s" + STREET_WORD + r"){1,6}"
            r"(?:,?\s(?:\d{5}|\d{2}\s\d{3})(?:\s[A-ZÉÈÀÂÎÔ][\w'\u2019-]{1,40}){1,3})?"
            r"(?=[\s,.;:)!?»]|$)"
        ),
        "code postal du domicile": (
            r"(?i:habite|domicilié(?:e|·e)?|vit|réside|hébergé(?:e|·e)?|logé(?:e|·e)?)"
            r"(?:\s[\w'\u2019-]{1,20}){0,3}?\s(?:\d{5}|\d{2}\s\d{3})\s[A-ZÉÈÀÂÎÔ][\w'\u2019-]{1,40}"
        ),
    }

    def keep(self, text, start, end):
        before, _after = window(text, start, end, before=60)
        home = re.search(
            r"habite|domicil|vit |réside|hébergé|logé|chez (?:lui|elle)", before
        )
        premises = re.search(
            r"locaux|antenne|siège|permanence|mission locale|mairie|médiathèque|"
            r"salle|centre|espace|agence|maison|bureau|adresse de la|point information",
            before,
        )
        return bool(home) or not premises


# Networks whose address names one person's profile.
NETWORKS = (
    r"instagram\.com|facebook\.com|fb\.com|m\.facebook\.com|tiktok\.com|"
    r"snapchat\.com|twitter\.com|x\.com|linkedin\.com/in|youtube\.com|twitch\.tv|"
    r"threads\.net|discord(?:app)?\.com/users|bsky\.app/profile|vm\.tiktok\.com"
)
ORGANISATION_ACCOUNT = re.compile(
    r"mission|locale|^ml|_ml|ml_|officiel|france|pole|travail|cej|1jeune|gouv|"
    r"region|departement|ville|mairie|caf|asso",
    re.IGNORECASE,
)


class HandleRecognizer(FrenchRecognizer):
    """An @account or the address of a profile on a social network."""

    entity = "HANDLE"
    patterns_by_name = {
        "compte @": r"(?<![\w.@/])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}(?<!\.)",
        "profil": (
            r"(?<![\w.])(?:https?://)?(?:www\.)?(?i:" + NETWORKS + r")"
            r"/@?[\w.%-]{2,60}(?:/[\w.%-]{1,60}){0,2}/?"
        ),
    }

    def keep(self, text, start, end):
        account = text[start:end].rsplit("/", 1)[-1] or text[start:end]
        return not ORGANISATION_ACCOUNT.search(account)


IDENTIFIER_WORDS = (
    r"(?i:identifiant|id|n°|no|num(?:éro|ero|\.)?)"
    r"(?:\s(?i:de\s|d'|du\s)?(?i:demandeur|demandeuse)(?:\s(?i:d'emploi))?)?"
)


class FranceTravailRecognizer(FrenchRecognizer):
    """The France Travail (formerly Pôle emploi) identifier: seven digits and a
    letter or digit, or whatever follows the words naming it."""

    entity = "FRANCE_TRAVAIL"
    patterns_by_name = {
        "identifiant seul": r"(?<![\w-])\d{7}[A-Za-z](?![\w-])",
        "identifiant nommé": (
            IDENTIFIER_WORDS + r"\s(?:(?i:France\sTravail|Pôle\s[Ee]mploi|FT|PE))"
            r"\s?(?::\s?|(?i:est|:|=)\s)?(?:\s?(?i:le|n°))?\s?[0-9][0-9A-Za-z]{5,10}(?![\w-])"
        ),
        "inscrit sous": (
            r"(?i:(?:France\sTravail|Pôle\s[Ee]mploi)\s(?:sous\sle\s)?(?:n°|numéro|identifiant))"
            r"\s?:?\s?[0-9][0-9A-Za-z]{5,10}(?![\w-])"
        ),
    }

    def core(self, text, start, end):
        return last_word(text, start, end), end


class ImiloRecognizer(FrenchRecognizer):
    """A file number in i-milo, the Missions locales' information system."""

    entity = "IMILO"
    patterns_by_name = {
        "dossier i-milo": (
            r"(?i:i-?milo)(?:[\s,(:]{1,3}[\w'\u2019°.]{1,12}){0,4}?[\s,(:]{1,3}(?:n°\s?)?"
            r"[0-9][0-9A-Za-z-]{4,14}(?![\w-])"
        ),
        "numéro puis i-milo": (
            r"(?<![\w-])[0-9][0-9-]{4,14}(?=\s(?:dans|sur|sous)\s(?i:i-?milo))"
        ),
    }

    def keep(self, text, start, end):
        # "i-milo 2024" or "i-milo v5": a version or a year, not a file.
        number = re.search(r"[0-9][0-9A-Za-z-]*$", text[start:end]).group()
        return not re.fullmatch(r"(?:19|20)\d{2}|v?\d{1,3}", number)

    def core(self, text, start, end):
        return last_word(text, start, end), end


DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|"
    r"(?:1er|\d{1,2})\s(?i:janvier|février|mars|avril|mai|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre)\s(?:19|20)\d{2})"
)
# One person's birth: "nés en 2005" is a group's.
BORN = r"(?<![\w-])(?i:née?|né·e|né\(e\))(?![\w-])"


class BirthRecognizer(FrenchRecognizer):
    """A date of birth, or a birth year said as one."""

    entity = "BIRTH"
    patterns_by_name = {
        "né le": BORN + r"\s(?i:le\s)?" + DATE,
        "né en": BORN + r"\s(?i:en\s)(?:19|20)\d{2}\b",
        "date de naissance": (
            r"(?i:date\sde\snaissance|DDN|naissance)(?:\s[\w'\u2019]{1,12}){0,4}?"
            r"\s?(?::\s?|(?i:le|du|en)\s)?(?:" + DATE + r"|(?:19|20)\d{2}\b)"
        ),
        "année entre parenthèses": (r"(?<=[a-zé]\s)\((?:199\d|20[01]\d)\)"),
    }

    def keep(self, text, start, end):
        if not text[start:end].startswith("("):
            return True
        # "(2007)" right after a name, not after "en" or an event.
        before = text[max(0, start - 30) : start]
        return bool(re.search(r"[A-ZÉÈ][a-zéèëïîç]+\s$", before))


def pattern_recognizers():
    return [
        EmailRecognizer(),
        PhoneRecognizer(),
        NirRecognizer(),
        AddressRecognizer(),
        HandleRecognizer(),
        FranceTravailRecognizer(),
        ImiloRecognizer(),
        BirthRecognizer(),
    ]
