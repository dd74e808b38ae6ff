"""The plan's written pieces (règlement, PADD, OAP): readers per format and what they say."""
