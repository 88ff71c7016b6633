"""Danish text that people see from the plan service, in one place (the bot's own words live in bot/)."""

from __future__ import annotations

from forbered.talk import THEME_LABELS_DA

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
CORRECTION_EMPTY = "Du skrev ikke noget. Skriv det, du vil rette, og prøv igen."
CORRECTION_TOO_LONG = "Din rettelse er for lang. Skriv den gerne i flere dele."
TOO_MANY_CORRECTIONS = "Der er ikke plads til flere rettelser. Fortæl din kontaktperson resten på mødet."
SHEET_APPROVED = "Tak. Du har godkendt dit forberedelsesark."
CORRECTION_SAVED = "Tak. Din rettelse er gemt på dit forberedelsesark."
CONVERSATION_DELETED = (
    "Din samtale og dit forberedelsesark er slettet. Du kan altid få et nyt link af din kontaktperson."
)
TOO_MANY_CHAT = "Du har skrevet mange beskeder på kort tid. Tag en lille pause, og prøv igen om lidt."
TOO_MANY_LOGIN = "Der har været mange forsøg på at logge ind. Vent et øjeblik, og prøv så igen."

# Staff-facing messages.
NOT_AUTHENTICATED = "Du er ikke logget ind, eller dit login er udløbet. Log ind igen."
BAD_CREDENTIALS = "Forkert e-mail eller adgangskode."
FORBIDDEN_ROLE = "Din rolle giver ikke adgang til denne funktion."
CITIZEN_BELONGS_TO_OTHERS = "Borgeren med denne reference er tilknyttet en anden medarbejder."
CONVERSATION_NOT_FOUND = "Samtalen findes ikke, eller du har ikke adgang til den."
SHEET_NOT_FOUND = "Der er endnu ikke noget forberedelsesark til denne samtale."
NOTE_EMPTY = "Noten er tom. Skriv en note først."
BAD_SERVICE_TOKEN = "Manglende eller forkert service-token."
USER_EXISTS = "Der findes allerede en bruger med denne e-mail."
CITIZEN_EXISTS = "Der findes allerede en borger med denne reference."
CITIZEN_NOT_FOUND = "Borgeren findes ikke, eller du har ikke adgang til borgeren."
CONTACT_NOT_FOUND = "Kontaktpersonen findes ikke (en aktiv bruger med rollen kontaktperson)."
PDF_UNAVAILABLE = "PDF kan ikke laves lige nu. Brug udskriftsvisningen i stedet."

MEETING_STATUS = {
    "invited": "Inviteret",
    "in_progress": "I gang",
    "sheet_ready": "Ark klar",
    "reviewed": "Gennemgået",
}
CONVERSATION_ROLE = {"citizen": "Borgeren selv", "relative": "Pårørende", "together": "Sammen med en anden"}
THEMES = THEME_LABELS_DA  # one source: the core's Danish theme names
USER_ROLE = {
    "contact": "Kontaktperson",
    "caseworker": "Sagsbehandler",
    "admin": "Administrator",
    "trainer": "MI-underviser",
    "trainee": "MI-kursist",
}
# Review: what changed since the previous version, per list field of the sheet.
SHEET_FIELDS = {
    "hopes": "Håb, ønsker og drømme",
    "resources": "Det er jeg god til / det giver mig glæde",
    "parking": "Parkeringspladsen",
    "employment": "Arbejde og uddannelse",
    "themes": "Temaer",
    "goal_progress": "Mål fra sidste plan",
    "goal_suggestions": "Forslag til mål",
    "change_talk": "Forandringsudsagn",
    "sustain_talk": "Status quo-udsagn",
    "corrections": "Borgerens rettelser",
}
VERSION_ORIGIN = {
    "import": "Fra samtalen",
    "citizen_approval": "Godkendt af borgeren",
    "citizen_correction": "Rettet af borgeren",
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
