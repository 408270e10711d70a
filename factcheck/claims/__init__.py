"""Claims files as editors change them: editing in place (add, split, merge, delete with undo),
keeping the file's layout, and extracting check-worthy claims from drafts.
"""
