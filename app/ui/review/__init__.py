"""The supervisor's review and agreement between coders."""
