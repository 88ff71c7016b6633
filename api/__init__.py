"""The Forbered plan service: the only front door to the bot, the store of sheets, the review pages."""
