"""Controlled vocabularies: territories (with their hierarchy), themes and audiences."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.text import slugify


class TerritoryKind(models.TextChoices):
    REGION = "region", "Région"
    DEPARTMENT = "department", "Département"
    MISSION_LOCALE = "mission_locale", "Mission locale"


# The kind a territory's parent must have: the hierarchy is three levels deep.
PARENT_KIND = {
    TerritoryKind.REGION: None,
    TerritoryKind.DEPARTMENT: TerritoryKind.REGION,
    TerritoryKind.MISSION_LOCALE: TerritoryKind.DEPARTMENT,
}
KEY_PREFIX = {
    TerritoryKind.REGION: "region",
    TerritoryKind.DEPARTMENT: "departement",
    TerritoryKind.MISSION_LOCALE: "ml",
}


class TerritoryQuerySet(models.QuerySet):
    def within(self, territory):
        """The territory itself and everything below it (a region's departments and
        Missions locales)."""
        return self.filter(
            Q(pk=territory.pk) | Q(parent=territory) | Q(parent__parent=territory)
        )


class Territory(models.Model):
    kind = models.CharField("type", max_length=20, choices=TerritoryKind.choices)
    code = models.CharField(
        "code INSEE",
        max_length=5,
        blank=True,
        help_text="Code officiel des régions et départements (ex. 75, 33, 2A).",
    )
    name = models.CharField("nom", max_length=150)
    parent = models.ForeignKey(
        "self",
        verbose_name="rattachement",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=(
            "Région d'un département, département d'une Mission locale ; "
            "vide pour une région."
        ),
    )
    key = models.SlugField(
        "identifiant",
        max_length=80,
        unique=True,
        editable=False,
        help_text="Utilisé dans les adresses de filtre (ex. region-75).",
    )

    objects = TerritoryQuerySet.as_manager()

    class Meta:
        # The table predates the app: the model moved from experiences.
        db_table = "experiences_territory"
        verbose_name = "territoire"
        verbose_name_plural = "territoires"
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "code"],
                condition=~Q(code=""),
                name="unique_territory_code_per_kind",
            )
        ]

    def __str__(self):
        if self.kind == TerritoryKind.DEPARTMENT:
            return f"{self.name} ({self.code})"
        return self.name

    def save(self, *args, **kwargs):
        self.key = self.build_key()
        super().save(*args, **kwargs)

    def clean(self):
        if not self.name:
            return
        if self.kind != TerritoryKind.MISSION_LOCALE and not self.code:
            raise ValidationError(
                {"code": "Le code INSEE est obligatoire pour ce type de territoire."}
            )
        expected_parent_kind = PARENT_KIND.get(self.kind)
        if expected_parent_kind is None and self.parent_id:
            raise ValidationError({"parent": "Une région n'a pas de rattachement."})
        if expected_parent_kind and not self.parent_id:
            raise ValidationError({"parent": "Indiquez le rattachement."})
        if self.parent_id and self.is_ancestor_or_self(self.parent):
            raise ValidationError(
                {"parent": "Un territoire ne peut pas être rattaché à lui-même."}
            )
        if expected_parent_kind and self.parent.kind != expected_parent_kind:
            kind = TerritoryKind(expected_parent_kind).label.lower()
            raise ValidationError({"parent": f"Le rattachement doit être : {kind}."})
        duplicate = Territory.objects.filter(key=self.build_key()).exclude(pk=self.pk)
        if duplicate.exists():
            raise ValidationError("Ce territoire existe déjà.")

    def build_key(self):
        suffix = self.code if self.code else slugify(self.name)
        return f"{KEY_PREFIX[self.kind]}-{suffix.lower()}"

    def is_ancestor_or_self(self, territory):
        """True when self appears in the chain from territory up to its region."""
        seen = set()
        while territory is not None and territory.pk not in seen:
            if territory.pk == self.pk:
                return True
            seen.add(territory.pk)
            territory = territory.parent
        return False

    @property
    def region(self):
        territory = self
        while territory.parent_id:
            territory = territory.parent
        return territory


class Theme(models.Model):
    name = models.CharField("nom", max_length=120, unique=True)
    slug = models.SlugField(
        "identifiant",
        unique=True,
        help_text="Court, en minuscules, utilisé dans les adresses (ex. visio).",
    )
    description = models.TextField("description", blank=True)

    class Meta:
        db_table = "experiences_theme"
        verbose_name = "thème"
        verbose_name_plural = "thèmes"
        ordering = ["name"]

    def __str__(self):
        return self.name


class Audience(models.Model):
    name = models.CharField("nom", max_length=120, unique=True)
    slug = models.SlugField("identifiant", unique=True)
    description = models.TextField("description", blank=True)

    class Meta:
        db_table = "experiences_audience"
        verbose_name = "public"
        verbose_name_plural = "publics"
        ordering = ["name"]

    def __str__(self):
        return self.name
