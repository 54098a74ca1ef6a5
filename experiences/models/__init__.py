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

__all__ = [
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
]
