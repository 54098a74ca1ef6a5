"""The editorial roles: Wagtail groups created by experiences/migrations/0003."""

CONTRIBUTORS = "Contributeurs"
COORDINATION = "Coordination"
MODERATION = "Modération"
ROLES = (CONTRIBUTORS, COORDINATION, MODERATION)
