"""Writing documents: DOCX templates, DOCX->PDF, AcroForm filling, print batches."""
