"""Search statistics, aggregated by query text: never who searched."""

from django.db import models


class SearchQueryStat(models.Model):
    query = models.CharField("recherche", max_length=200, unique=True)
    searches = models.PositiveIntegerField("recherches", default=0)
    searches_without_result = models.PositiveIntegerField(
        "dont sans résultat", default=0, db_index=True
    )
    last_result_count = models.PositiveIntegerField("derniers résultats", default=0)
    last_searched_on = models.DateField("dernière recherche")

    class Meta:
        verbose_name = "statistique de recherche"
        verbose_name_plural = "statistiques de recherche"
        ordering = ["-searches_without_result", "-searches"]

    def __str__(self):
        return self.query
