"""Danish text that people see from the plan service, in one place (the bot's own words live in bot/)."""

from __future__ import annotations

# Citizen-facing API messages.
EMPTY_MESSAGE = "Du skrev ikke noget. Prøv igen."
MESSAGE_TOO_LONG = "Din besked er for lang. Skriv den gerne i flere dele."
BOT_UNAVAILABLE = "Et øjeblik — jeg kan ikke svare lige nu. Din besked er gemt. Prøv igen om lidt."
INVALID_LINK = (
    "Linket virker ikke længere. Det kan være udløbet. "
    "Spørg din kontaktperson om et nyt link — så hjælper de dig videre."
)
NO_SHEET_YET = "Dit forberedelsesark er ikke klar endnu."
DRAFT_UNAVAILABLE = "Udkastet til forberedelsesarket kan ikke laves lige nu. Prøv igen om lidt."

# Staff-facing messages.
NOT_AUTHENTICATED = "Du er ikke logget ind, eller dit login er udløbet. Log ind igen."
BAD_CREDENTIALS = "Forkert e-mail eller adgangskode."
FORBIDDEN_ROLE = "Din rolle giver ikke adgang til denne funktion."
CITIZEN_BELONGS_TO_OTHERS = "Borgeren med denne reference er tilknyttet en anden medarbejder."
CONVERSATION_NOT_FOUND = "Samtalen findes ikke, eller du har ikke adgang til den."
SHEET_NOT_FOUND = "Der er endnu ikke noget forberedelsesark til denne samtale."
NOTE_EMPTY = "Noten er tom. Skriv en note først."
BAD_SERVICE_TOKEN = "Manglende eller forkert service-token."

MEETING_STATUS = {
    "invited": "Inviteret",
    "in_progress": "I gang",
    "sheet_ready": "Ark klar",
    "reviewed": "Gennemgået",
}
CONVERSATION_ROLE = {"citizen": "Borgeren selv", "relative": "Pårørende", "together": "Sammen med en anden"}
THEMES = {
    "praktiske_opgaver": "Praktiske opgaver",
    "egenomsorg": "Egenomsorg",
    "kommunikation": "Kommunikation",
    "mobilitet": "Mobilitet",
    "samfundsliv": "Samfundsliv",
    "beskaeftigelse": "Beskæftigelse og uddannelse",
    "relationer": "Relationer",
    "sundhed": "Sundhed",
    "none": "Andet",
}
SUBTYPES = {
    "desire": "Ønske",
    "ability": "Evne",
    "reasons": "Grunde",
    "need": "Behov",
    "commitment": "Beslutning",
    "activation": "Parathed",
    "taking_steps": "Tager skridt",
}
PLAN_VERSION = {"colourful": "Farverig", "neutral": "Neutral", None: "Ikke valgt"}
# Fixed buttons in the widget: what the transcript shows instead of the payload.
FIXED_PAYLOAD_TITLES = {"/dont_know": "Ved ikke", "/skip": "Spring over"}
BOT_UNAVAILABLE_START = "Et øjeblik — jeg kan ikke svare lige nu. Prøv igen om lidt."
MESSAGE_IN_FLIGHT = "Din besked er ved at blive sendt. Vent et øjeblik."
