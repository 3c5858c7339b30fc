"""Reading documents: PDF text layer, OCR and AcroForm values -> document type -> fields."""
