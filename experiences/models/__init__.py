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
from .review import RegionalReviewTask
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
    "RegionalReviewTask",
    "StrategyNoteExperience",
    "StrategyNoteIndexPage",
    "StrategyNotePage",
    "Territory",
    "TerritoryKind",
    "Theme",
]
