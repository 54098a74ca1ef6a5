"""The word-level comparison of two texts: exact, readable, folded where nothing
changed, and bounded in work however much differs."""

import random

import pytest

from experiences.history.diff import (
    DELETE,
    EQUAL,
    FOLD,
    INSERT,
    TOKEN,
    WORK_LIMIT,
    Segment,
    text_diff,
)


def versions(diff):
    """The two texts the segments were made from."""
    old = "".join(s.text for s in diff.segments if s.kind in (EQUAL, DELETE, FOLD))
    new = "".join(s.text for s in diff.segments if s.kind in (EQUAL, INSERT, FOLD))
    return old, new


def test_words_added_and_removed_are_marked_and_the_rest_kept():
    diff = text_diff(
        "Des rendez-vous en visio pour les jeunes.",
        "Des rendez-vous en visio et au téléphone pour tous les jeunes.",
    )
    assert diff.segments == (
        Segment(EQUAL, "Des rendez-vous en visio "),
        Segment(INSERT, "et au téléphone "),
        Segment(EQUAL, "pour"),
        Segment(INSERT, " tous"),
        Segment(EQUAL, " les jeunes."),
    )
    assert not diff.replaced_whole


def test_a_word_replaced_is_removed_then_added():
    diff = text_diff("au moins un rendez-vous", "au moins deux rendez-vous")
    assert diff.segments == (
        Segment(EQUAL, "au moins "),
        Segment(DELETE, "un"),
        Segment(INSERT, "deux"),
        Segment(EQUAL, " rendez-vous"),
    )


def test_spaces_between_changed_words_make_one_change_not_several():
    diff = text_diff("un deux trois", "quatre cinq six")
    assert diff.segments == (
        Segment(DELETE, "un deux trois"),
        Segment(INSERT, "quatre cinq six"),
    )


def test_the_same_text_has_no_change():
    assert not text_diff("Rien ne change.", "Rien ne change.").changed
    assert text_diff("", "Un texte.").segments == (Segment(INSERT, "Un texte."),)


def test_a_long_unchanged_passage_is_folded_with_context_kept_by_the_change():
    passage = "Les jeunes viennent en visio depuis la mairie. " * 30
    diff = text_diff(passage + "Fin du texte.", passage + "Nouvelle fin.")
    kinds = [segment.kind for segment in diff.segments]
    assert kinds == [FOLD, EQUAL, DELETE, INSERT, EQUAL]
    context = diff.segments[1].text
    assert 100 < len(context) < 200
    # Cut between two words, never inside one.
    folded = diff.segments[0].text
    assert not (folded[-1].isalnum() and context[0].isalnum())
    assert diff.segments[0].word_count > 200
    assert versions(diff) == (passage + "Fin du texte.", passage + "Nouvelle fin.")


def test_a_passage_between_two_changes_keeps_context_on_both_sides():
    passage = " Un long passage qui ne change pas du tout." * 30
    diff = text_diff("Début" + passage + " fin", "Commencement" + passage + " terme")
    assert [s.kind for s in diff.segments] == [
        DELETE,
        INSERT,
        EQUAL,
        FOLD,
        EQUAL,
        DELETE,
        INSERT,
    ]


@pytest.mark.parametrize("seed", range(5))
def test_the_segments_always_give_back_both_texts(seed):
    rng = random.Random(seed)
    words = ["le", "la", "jeune", "visio", "atelier", ",", ".", "\n", "mairie"]
    for _ in range(300):
        old = " ".join(rng.choice(words) for _ in range(rng.randint(0, 40)))
        new = " ".join(rng.choice(words) for _ in range(rng.randint(0, 40)))
        assert versions(text_diff(old, new)) == (old, new)


def long_text(letters, seed):
    rng = random.Random(seed)
    words = ("".join(rng.choice(letters) for _ in range(6)) for _ in range(4_000))
    return " ".join(words)[:20_000]


@pytest.mark.parametrize(
    "old, new",
    [
        # Nothing in common.
        (long_text("abcdefgh", 1), long_text("stuvwxyz", 2)),
        # Everything in common but the order: the costliest for the search.
        (long_text("ab", 3), long_text("ab", 4)),
    ],
)
def test_two_long_texts_that_differ_everywhere_cost_bounded_work(old, new):
    """Past WORK_LIMIT steps the middle is shown replaced whole: the work stays
    within the limit plus one pass over the words, not their square."""
    diff = text_diff(old, new)
    tokens = len(TOKEN.findall(old)) + len(TOKEN.findall(new))
    assert len(old) == len(new) == 20_000
    assert diff.replaced_whole
    assert diff.work <= WORK_LIMIT + tokens
    assert tokens**2 > 50 * WORK_LIMIT  # what a quadratic search would cost
    assert versions(diff) == (old, new)


def test_a_small_change_in_a_long_text_is_found_exactly_and_cheaply():
    old = long_text("abcdefgh", 5)
    new = old[:10_000] + " nouveau passage" + old[10_000:]
    diff = text_diff(old, new)
    assert not diff.replaced_whole
    assert diff.work < len(TOKEN.findall(old)) * 2
    changes = [s for s in diff.segments if s.kind in (INSERT, DELETE)]
    assert sum(len(s.text) for s in changes) < 40


def test_the_context_beside_a_change_is_made_of_whole_lines():
    lines = [
        f"Ligne numéro {number} d'un texte qui ne change pas." for number in range(30)
    ]
    old = "\n".join(lines)
    diff = text_diff(old, old + "\nUne ligne ajoutée.")
    fold, context, added = diff.segments
    assert (fold.kind, context.kind, added.kind) == (FOLD, EQUAL, INSERT)
    assert fold.text.endswith("\n")
    assert context.text.startswith("Ligne numéro")
    assert context.text.endswith("Ligne numéro 29 d'un texte qui ne change pas.")
