"""Accounts glue: allauth adapter, sign-up policy, profiles, MFA for staff, personal
data export and account deletion."""
