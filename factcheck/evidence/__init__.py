"""For a claim, its ranked passages with a stance and the cues behind it: candidates from the
index, rapidfuzz scoring, stance (supports / contradicts / neutral) and the cues (numbers,
dates, negation, antonyms, attribution) that decide it.
"""
