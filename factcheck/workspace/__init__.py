"""The workspace's files: finding and loading a workspace (claims, sources, settings), the
domain types, safe YAML, source decoding and front matter, passages with exact spans, and
the text normalising every other domain shares. Every error is one line naming file and line.
"""
