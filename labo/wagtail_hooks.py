"""Site-wide admin hooks. The « Membres » screen lives with the accounts, in
labo.accounts.wagtail_hooks."""
