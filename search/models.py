"""Search statistics, aggregated by query text: never who searched."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchQueryStat(models.Model):
    query = models.CharField(_("recherche"), max_length=200, unique=True)
    searches = models.PositiveIntegerField(_("recherches"), default=0)
    searches_without_result = models.PositiveIntegerField(
        _("dont sans résultat"), default=0, db_index=True
    )
    last_result_count = models.PositiveIntegerField(_("derniers résultats"), default=0)
    last_searched_on = models.DateField(_("dernière recherche"))

    class Meta:
        verbose_name = _("statistique de recherche")
        verbose_name_plural = _("statistiques de recherche")
        ordering = ["-searches_without_result", "-searches"]

    def __str__(self):
        return self.query
