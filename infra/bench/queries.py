"""The fixed mix of 30 searches every approach is measured on, as visitors type
them: rare and common words, two words, phrases, with and without filters."""

from urllib.parse import urlencode

RARE = "rare term"
COMMON = "common term"
TWO_TERMS = "two terms"
PHRASE = "phrase"
FILTERS_ONLY = "filters only"

QUERY_MIX = [
    (RARE, {"q": "tarentaise"}),
    (RARE, {"q": "guyane"}),
    (RARE, {"q": "mayotte"}),
    (RARE, {"q": "recyclerie"}),
    (RARE, {"q": "guyane", "theme": "inclusion-numerique"}),
    (RARE, {"q": "recyclerie", "territoire": "region-84"}),
    (COMMON, {"q": "jeunes"}),
    (COMMON, {"q": "numérique"}),
    (COMMON, {"q": "visio"}),
    (COMMON, {"q": "atelier"}),
    (COMMON, {"q": "jeunes", "territoire": "region-75"}),
    (COMMON, {"q": "visio", "theme": "accompagnement-a-distance"}),
    (COMMON, {"q": "atelier", "territoire": "region-75", "maturite": "evaluated"}),
    (TWO_TERMS, {"q": "atelier numérique"}),
    (TWO_TERMS, {"q": "permanence téléphonique"}),
    (TWO_TERMS, {"q": "ordinateurs reconditionnés"}),
    (TWO_TERMS, {"q": "vidéos tiktok"}),
    (
        TWO_TERMS,
        {
            "q": "atelier numérique",
            "territoire": "region-84",
            "theme": "inclusion-numerique",
        },
    ),
    (TWO_TERMS, {"q": "permanence téléphonique", "territoire": "region-11"}),
    (TWO_TERMS, {"q": "vidéos tiktok", "theme": "reseaux-sociaux"}),
    (PHRASE, {"q": "des rendez-vous en visio"}),
    (PHRASE, {"q": "un prêt d'ordinateurs reconditionnés"}),
    (PHRASE, {"q": "une permanence d'aide aux démarches"}),
    (PHRASE, {"q": "des rendez-vous en visio", "territoire": "region-53"}),
    (
        PHRASE,
        {"q": "une permanence d'aide aux démarches", "theme": "demarches-en-ligne"},
    ),
    (FILTERS_ONLY, {"theme": "inclusion-numerique", "territoire": "region-84"}),
    (FILTERS_ONLY, {"territoire": "region-11", "maturite": "evaluated"}),
    (FILTERS_ONLY, {"theme": "aller-vers", "public": "zone-rurale"}),
    (FILTERS_ONLY, {"territoire": "departement-13"}),
    (FILTERS_ONLY, {"maturite": "spread", "theme": "emploi-entreprises"}),
]


def query_string(params):
    return urlencode(params)
