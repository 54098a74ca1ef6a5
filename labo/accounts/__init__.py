"""Members: profiles, roles, the allauth adapter and sign-up policy, MFA for staff,
account deletion, and the outbox of e-mails to members."""
