"""Renderers: PDF (WeasyPrint), EPUB (pandoc) and PNG (Pillow), all styled by one theme."""
