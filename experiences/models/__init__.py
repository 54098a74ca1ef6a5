from .pages import (
    CollectionIndexPage,
    CollectionItem,
    CollectionPage,
    ExperienceIndexPage,
    ExperiencePage,
    ExperiencePageTag,
    ExperienceStatus,
    Maturity,
    StrategyNoteExperience,
    StrategyNoteIndexPage,
    StrategyNotePage,
)
from .taxonomy import Audience, Territory, TerritoryKind, Theme

__all__ = [
    "Audience",
    "CollectionIndexPage",
    "CollectionItem",
    "CollectionPage",
    "ExperienceIndexPage",
    "ExperiencePage",
    "ExperiencePageTag",
    "ExperienceStatus",
    "Maturity",
    "StrategyNoteExperience",
    "StrategyNoteIndexPage",
    "StrategyNotePage",
    "Territory",
    "TerritoryKind",
    "Theme",
]
