"""Names of young people: spaCy's French pipeline finds the people, places and
organisations; the words around each decide whether it is a young person's name.

spaCy reads only the sentences that could name a young person (a capitalised word
and a word about a young person nearby), within a budget of characters per call,
so a long or hostile text costs the regular expressions' linear time and no more
than the budget's worth of the model. Past the budget, names are found by their
shape alone (a first name and an initial, a name and an age, a name after "le
jeune").
"""

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

from experiences.personal_data.recognizers import LANGUAGE

MODEL = "fr_core_news_sm"
# Characters the model reads per call at most: about 0.2 s on one core.
NER_BUDGET = 12_000
# A sentence longer than this is read in pieces.
NER_PIECE = 800
# Possible names weighed per text at most: a write-up holds a few dozen; past
# this, the text is junk or already has more findings than anyone will fix.
MAX_CANDIDATES = 400

CAPITAL = "A-ZÉÈÊÀÂÎÏÔÇÙÛ"
LOWER = "a-zéèêëàâîïôöûüçœ"
# A name's word: a capital, then letters; hyphenated parts allowed.
WORD = rf"[{CAPITAL}][{LOWER}]{{1,30}}(?:-[{CAPITAL}][{LOWER}]{{1,30}}){{0,2}}"
SURNAME = (
    rf"(?:[{CAPITAL}][{LOWER}'\u2019]{{1,30}}|[{CAPITAL}]{{2,30}})"
    rf"(?:-[{CAPITAL}][{LOWER}]{{1,30}})?"
)
AGE = r"\d{1,2}\s?ans\b"

# Words about a young person: a name near one is a young person's.
YOUNG = re.compile(
    r"\b(?:(?:le|la|un|une|ce|cette|du|au|notre)\s(?:jeune|bénéficiaire|stagiaire)|"
    r"jeune\s(?:fille|femme|homme|majeur|mineur)\w*|"
    r"jeunes?|accompagn\w*|suivie?s?\b|bénéficiaires?|CEJ|contrat d'engagement|"
    r"garantie jeunes|PACEA|âgée?s?|"
    + AGE
    + r"|stagiaires?|apprentie?s?|alternante?s?|mineure?s?|majeure?s?|lycéen\w*|"
    r"étudiante?s?|demandeu(?:r|se)s? d'emploi|inscrite?s?|orientée?s?|reçue?s?|"
    r"venue?|arrivée?|décroch\w*|sa mère|son père|ses parents|sa famille|"
    r"sa conseillère|son conseiller|son référent|sa référente|en rupture|"
    r"a signé|a obtenu|a trouvé|a décroché|a intégré|a rejoint|a repris|"
    r"entrée? en|sortie? en|il|elle)\b",
    re.IGNORECASE,
)
# Words about staff, partners or public figures: a name right beside one is not a
# young person's.
ROLE = re.compile(
    r"\b(?:conseill\w+|chargée?\s(?:de|d')\w*|directeur|directrice|direction|"
    r"coordinat\w+|référente?|responsable|psychologue|animat\w+|formateur|"
    r"formatrice|intervenante?s?|éducat\w+|assistante?\s(?:sociale?|de direction)|"
    r"CIP|médiat\w+|collègues?|manager|cheff?e?|président\w*|ministre|"
    r"secrétaire|député\w*|sénat\w+|maire|préfet|préfète|délégué\w*|élue?s?|"
    r"professeure?|enseignante?|chercheu\w+|sociologue|auteur\w*|journaliste|"
    r"écrivain\w*|contact|contacter|joindre|équipe|collaborat\w+|stagiaire de l'équipe|"
    r"recrutée?|tuteur|tutrice|patron\w*|employeur|gérant\w*|DRH|RH|"
    r"bénévole|volontaire en service civique|selon|d'après|signé par|rédigé par|"
    r"livre|film|rapport|étude|article|ouvrage|méthode|théorie|interview|podcast|"
    r"conférence|citation|disait|écrit|écrivait)\b",
    re.IGNORECASE,
)
# Staff, partners, places, tools: names the model may take for people.
NOT_PEOPLE_TEXT = (
    "Mission locale|Missions locales|France Travail|Pôle emploi|Pole emploi|CAF|"
    "CPAM|MSA|Cap emploi|APEC|AFPA|Afpa|CIO|PIJ|BIJ|CCAS|CMP|PMI|ASE|PJJ|SPIP|"
    "Epide|EPIDE|E2C|Ecole de la deuxième chance|École de la deuxième chance|"
    "Unml|UNML|ARML|DREETS|DDETS|Dares|Insee|INSEE|Éducation nationale|"
    "Education nationale|Région|Département|Etat|État|Préfecture|Conseil "
    "départemental|Conseil régional|Mairie|Ville|Agglo|Métropole|"
    "Discord|Pix|WhatsApp|Whatsapp|Zoom|Teams|Microsoft Teams|Instagram|"
    "Facebook|Snapchat|TikTok|Tiktok|Twitter|LinkedIn|Linkedin|YouTube|Youtube|"
    "Twitch|Canva|Google|Google Meet|Google Agenda|Google Forms|Gmail|Outlook|"
    "Excel|Word|PowerPoint|Powerpoint|Office|Microsoft|Nextcloud|Notion|Miro|"
    "Sheets|Drive|Dropbox|Moodle|Yammer|Webex|LibreOffice|"
    "Padlet|Genially|Kahoot|Wooclap|Klaxoon|Trello|Slack|Signal|Telegram|"
    "Messenger|Skype|Jitsi|Visio|Framasoft|Framadate|Doctolib|Indeed|"
    "Parcoursup|Ameli|ameli|i-milo|I-milo|Imilo|iMilo|Milo|Parcours 3|"
    "Mon compte formation|CPF|Diagoriente|Emploi Store|1 jeune 1 solution|"
    "Leboncoin|Uber|Deliveroo|Amazon|Leroy Merlin|Décathlon|Decathlon|Lidl|"
    "Carrefour|Auchan|McDonald's|Orange|SFR|Bouygues|Free|Emmaüs|Emmaus|"
    "Croix-Rouge|Secours populaire|Restos du cœur|Apprentis d'Auteuil|"
    "Wagtail|Labo|Garantie jeunes|CEJ|PACEA|Contrat d'engagement jeune|"
    "Qualiopi|RGPD|CNIL|Marianne|Chatgpt|ChatGPT|Mistral|Copilot|Noël|Pâques|"
    "Covid|Toussaint|Ramadan|Aïd|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|"
    "Dimanche|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|"
    "Octobre|Novembre|Décembre|Bac|Bac pro|BTS|CAP|BEP|BAFA|Permis|Code|"
    "Madame|Monsieur|Mme|Mlle|Contact|Merci|Bonjour|Objectif|Résultat|Étape|"
    "Jeune|Jeunes|Accompagnement|Atelier|Ateliers|Conseiller|Conseillère|"
    "Conseillers|Partenaires|Résultats|Objectifs|Bénéficiaire|Bénéficiaires|"
    "Public|Publics|Sorties|Entrées|Inscrits|Stagiaires|Équipe|Coût|Durée|"
    "Paris|Lyon|Marseille|Lille|Toulouse|Bordeaux|Nantes|Rennes|Brest|"
    "Strasbourg|Montpellier|Nice|Grenoble|Dijon|Clermont-Ferrand|Limoges|"
    "Rouen|Caen|Amiens|Reims|Metz|Nancy|Tours|Orléans|Angers|Le Mans|Poitiers|"
    "Besançon|Perpignan|Aurillac|Saint-Flour|Mauriac|Cantal|Bretagne|"
    "Normandie|Occitanie|Auvergne|Guyane|Guadeloupe|Martinique|Mayotte|"
    "La Réunion|Réunion|Corse|Île-de-France|Ile-de-France|Hauts-de-France|"
    "Grand Est|Nouvelle-Aquitaine|Provence|Bourgogne|Franche-Comté|Centre|"
    "Val de Loire|Pays de la Loire|Seine-Saint-Denis|France|Europe|"
    "Macron|Emmanuel Macron|Jean Jaurès|Victor Hugo|Jules Ferry|De Gaulle|"
    "Charles de Gaulle|Simone Veil|Marie Curie|Molière|Jean Moulin"
)
NOT_PEOPLE = {word.lower() for word in NOT_PEOPLE_TEXT.split("|")}
# After these words a capitalised word is a place or an organisation.
PLACE_BEFORE = re.compile(
    r"(?:\b(?:à|au|aux|en|chez|vers|depuis|sur|dans|par|de la|du|quartier|"
    r"commune|ville|rue|avenue|lycée|collège|école|association|entreprise|"
    r"société|centre|foyer|antenne|agence|Mission locale(?: de| du| des)?)\s)$",
    re.IGNORECASE,
)
# Strong cues written right before a name.
BEFORE_NAME = re.compile(
    r"(?:\b(?:le jeune|la jeune|jeune|bénéficiaire|stagiaire|Mme|Mlle|M\.|Madame|"
    r"Monsieur|accompagnée?|suivie?|prénommée?|nommée?|appelée?|s'appelle|"
    r"reçue?|orientée?|rencontré|rencontrée|avons aidé|aidée?|pour)[ \u00a0])$",
    re.IGNORECASE,
)
# Words right after a name that only a person takes: an apposition about a
# young person, or what a person does.
AFTER_NAME = re.compile(
    r"^,?[ \u00a0](?:\(?\d{1,2}\s?ans\b|accompagnée?|suivie?|âgée?|bénéficiaire|"
    r"stagiaire|jeune\b|en CEJ|a signé|a trouvé|a obtenu|a intégré|a repris|"
    r"a décroché|a rejoint|a validé|a abandonné|a refusé|a témoigné|est venue?|"
    r"est arrivée?|est partie?|n'a pas|n'avait|nous a|s'est|avait|voulait|"
    r"cherche|cherchait|habite|vit\b)",
    re.IGNORECASE,
)
# Names by their shape: a first name and an initial, a name and an age, a name
# in brackets, a name after a strong cue.
# Within a line: a list's next line starts with a capital too.
SPACE = "[ \u00a0]"
SHAPES = re.compile(
    rf"(?<![\w'\u2019])(?:{WORD}{SPACE}[{CAPITAL}]\.(?!\w)|"
    rf"{WORD}(?:{SPACE}{SURNAME})?(?=,?{SPACE}\(?{AGE}|{SPACE}\({AGE})|"
    rf"(?<=\()(?:{WORD}{SPACE})?{WORD}(?:{SPACE}{SURNAME})?(?=\))|"
    rf"(?:(?<=jeune )|(?<=Mme )|(?<=Mlle )|(?<=M\. )){WORD}(?:{SPACE}{SURNAME})?)"
)
SENTENCE_END = re.compile(r"[.!?…;]+(?=\s|$)|\n")
CAPITALISED_WORD = re.compile(rf"(?<![\w'\u2019-])[{CAPITAL}][{LOWER}]{{0,30}}")
FULL_NAME = re.compile(rf"(?<![\w'\u2019]){WORD}{SPACE}{SURNAME}(?![\w'\u2019])")


@dataclass(frozen=True)
class Mention:
    """A name the model or its shape points at, by offsets in the whole text."""

    start: int
    end: int
    label: str


def sentences(text):
    """(start, end) of each sentence, not cut after an initial ("Mathis D.")."""
    start = 0
    for match in SENTENCE_END.finditer(text):
        before = text[max(0, match.start() - 2) : match.start()]
        if match.group() == "." and re.fullmatch(rf"(?:^|\s)?[{CAPITAL}]", before):
            continue
        yield start, match.end()
        start = match.end()
    if start < len(text):
        yield start, len(text)


def may_name(sentence):
    """A capitalised word that is neither a common word starting the sentence
    (« Nous », « Depuis ») nor a known place, tool or organisation."""
    for match in CAPITALISED_WORD.finditer(sentence):
        word = match.group().lower()
        if word not in NOT_PEOPLE and word not in common_words():
            return True
    return False


@cache
def common_words():
    from spacy.lang.fr.stop_words import STOP_WORDS

    return STOP_WORDS


@cache
def spacy_pipeline():
    import spacy

    # The entity recogniser alone: it has its own token vectors, and the tagger,
    # parser and lemmatiser would triple the time without changing the entities.
    return spacy.load(
        MODEL,
        exclude=["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer"],
    )


class WindowedSpacyEngine(NlpEngine):
    """Presidio's NLP engine over spaCy, reading only the sentences that may
    name a young person, up to a budget of characters."""

    def __init__(self):
        self.budget = NER_BUDGET

    def load(self):
        spacy_pipeline()

    def is_loaded(self):
        return spacy_pipeline.cache_info().currsize > 0

    def candidate_pieces(self, text):
        pieces = []
        previous_young = False
        for start, end in sentences(text):
            sentence = text[start:end]
            young = bool(YOUNG.search(sentence))
            if ((young or previous_young) and may_name(sentence)) or FULL_NAME.search(
                sentence
            ):
                for piece_start in range(start, end, NER_PIECE):
                    pieces.append((piece_start, min(end, piece_start + NER_PIECE)))
            previous_young = young
        return pieces

    def process_text(self, text, language, budget=None):
        budget = self.budget if budget is None else budget
        pieces = []
        for start, end in self.candidate_pieces(text):
            if budget < end - start:
                break
            budget -= end - start
            pieces.append((start, end))
        mentions = []
        if pieces:
            nlp = spacy_pipeline()
            docs = nlp.pipe(text[start:end] for start, end in pieces)
            for (start, _end), doc in zip(pieces, docs, strict=True):
                mentions.extend(
                    Mention(start + ent.start_char, start + ent.end_char, ent.label_)
                    for ent in doc.ents
                )
        artifacts = NlpArtifacts(
            entities=mentions,
            tokens=None,
            tokens_indices=[],
            lemmas=[],
            nlp_engine=self,
            language=language,
        )
        artifacts.read = sum(end - start for start, end in pieces)
        return artifacts

    def process_batch(self, texts, language, **kwargs):
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word, language):
        return False

    def is_punct(self, word, language):
        return False

    def get_supported_entities(self):
        return ["PER", "LOC", "ORG", "MISC"]

    def get_supported_languages(self):
        return [LANGUAGE]


def sentence_around(text, start, end):
    """The sentence holding text[start:end] and the one before, as offsets."""
    left = max(0, start - 300)
    boundaries = [m.end() for m in SENTENCE_END.finditer(text, left, start)]
    sentence_start = boundaries[-1] if boundaries else left
    previous_start = boundaries[-2] if len(boundaries) > 1 else left
    stop = SENTENCE_END.search(text, end, min(len(text), end + 300))
    sentence_end = stop.end() if stop else min(len(text), end + 300)
    return previous_start, sentence_start, sentence_end


def any_between(starts, low, high):
    """Whether a sorted list of offsets holds one in [low, high)."""
    index = bisect_left(starts, low)
    return index < len(starts) and starts[index] < high


def is_staff(text, start, end, starts):
    """A role word stands beside the name ("Claire Dubois, conseillère", "notre
    conseillère Claire Dubois"), with no other name and no young person's word
    in between."""
    before = text[max(0, start - 40) : start]
    for match in ROLE.finditer(before):
        gap = before[match.end() :]
        if re.fullmatch(
            r"[\s,:()\u2013-]*(?:[\w'\u2019.]+[\s,:()\u2013-]+){0,4}", gap
        ) and not (YOUNG.search(gap) or any_between(starts, start - len(gap), start)):
            return True
    after = text[end : end + 40]
    match = ROLE.search(after)
    if match:
        gap = after[: match.start()]
        return bool(
            re.fullmatch(r"\s*[,(\u2013-]?\s*(?:[\w'\u2019]+[\s']+){0,2}", gap)
        ) and not YOUNG.search(gap)
    return False


def is_young(text, start, end, label):
    """Words about a young person near the name; or a full name (first and last)
    with nothing saying whose it is: in a write-up, presumed a young person's."""
    if label == "PER" and len(text[start:end].split()) > 1:
        return True
    previous, sentence_start, sentence_end = sentence_around(text, start, end)
    near = text[sentence_start:start] + " " + text[end:sentence_end]
    if YOUNG.search(near):
        return True
    # The sentence before counts when this one goes on about the same person.
    return bool(YOUNG.search(text[previous:sentence_start])) and bool(
        re.search(r"\b(?:il|elle|lui|son|sa|ses)\b", near, re.IGNORECASE)
    )


def trimmed(text, start, end):
    """The mention without a leading title or trailing punctuation."""
    words = re.match(
        r"(?:(?:Mme|Mlle|M\.|Madame|Monsieur|Le|La|Les|Jeune)\s)+", text[start:end]
    )
    if words:
        start += words.end()
    while end > start and text[end - 1] in " ,;:'\u2019-":
        end -= 1
    return start, end


PARTICLES = {
    "de",
    "du",
    "des",
    "d'",
    "d\u2019",
    "le",
    "la",
    "van",
    "von",
    "ben",
    "el",
    "al",
}


def is_not_person(name):
    if " " not in name and name.isupper():
        return True  # an acronym: ANCT, CAF, CIDJ
    if any(w[:1].islower() and w not in PARTICLES for w in name.split()):
        return True
    words = name.lower()
    if words in NOT_PEOPLE:
        return True
    parts = words.split()
    return any(part in NOT_PEOPLE for part in parts) or (
        parts[0] in {"saint", "sainte", "st", "le", "la", "les", "mission", "lycée"}
    )


class YoungPersonNameRecognizer(EntityRecognizer):
    """Names of young people among the model's mentions and the names' shapes."""

    def __init__(self):
        super().__init__(
            supported_entities=["PERSON"],
            name="YoungPersonNameRecognizer",
            supported_language=LANGUAGE,
        )

    def load(self):
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        mentions = list(nlp_artifacts.entities if nlp_artifacts else [])
        shaped = [
            Mention(m.start(), m.end(), "SHAPE")
            for m, _ in zip(SHAPES.finditer(text), range(MAX_CANDIDATES), strict=False)
        ]
        candidates = []
        for mention in sorted(mentions + shaped, key=lambda m: m.start)[
            :MAX_CANDIDATES
        ]:
            start, end = trimmed(text, mention.start, mention.end)
            name = text[start:end]
            if not name or not name[0].isupper() or is_not_person(name):
                continue
            before = text[max(0, start - 40) : start]
            after = text[end : end + 30]
            touching = (
                BEFORE_NAME.search(before)
                or AFTER_NAME.match(after)
                or re.match(rf"\s[{CAPITAL}]\.", after)
            )
            if mention.label in {"LOC", "ORG", "MISC"} or (
                mention.label == "PER" and " " not in name
            ):
                # The small model takes many first names for places, and verbs
                # opening a line for first names ("Repérer"): a lone word or a
                # place counts only when a person's word touches it.
                if not touching:
                    continue
            elif mention.label != "SHAPE" and PLACE_BEFORE.search(before):
                continue
            candidates.append(Mention(start, end, mention.label))
        starts = sorted(c.start for c in candidates)
        results = []
        for candidate in candidates:
            if is_staff(text, candidate.start, candidate.end, starts):
                continue
            strong = candidate.label == "SHAPE"
            if strong or is_young(
                text, candidate.start, candidate.end, candidate.label
            ):
                results.append(
                    RecognizerResult("PERSON", candidate.start, candidate.end, 0.85)
                )
        return EntityRecognizer.remove_duplicates(results)
