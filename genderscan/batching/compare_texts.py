"""The fixed texts of the comparison report, in Dutch (the default) and English (``--lang en``).

Names of categories and measures come from the lexicon and its translations, as in the document
reports; the template holds no prose of its own.
"""

from __future__ import annotations

from typing import Any

TEXTS: dict[str, dict[str, Any]] = {
    "nl": {
        "title": "Vergelijking van {n} documenten",
        "analysed": "Geanalyseerd",
        "analysed_value": "{analysed} van {total}",
        "failed_value": "; {n} niet te lezen (zie de kolom Document)",
        "tool": "genderscan",
        "tool_value": "{version}, analyse {key}",
        "contents": "Inhoud",
        "table_heading": "Per document",
        "table_intro": (
            "Klik op een kolomkop om te sorteren. Aannames zijn passages waarin het document zelf van een "
            "genderstereotype uitgaat; kritische en geciteerde vermeldingen tellen niet mee. Per 1.000 woorden maakt "
            "een dikke begroting vergelijkbaar met een korte nota. De naam leidt naar het volledige rapport van het "
            "document, ‘details’ naar de cijfers per categorie en maatregel hieronder."
        ),
        "caption": "Aannames, maatregelen en genderverwijzingen per document",
        "col_document": "Document",
        "col_pages": "Pagina's",
        "col_words": "Woorden",
        "col_assertions": "Aannames",
        "col_assertions_rate": "Aannames per 1.000 woorden",
        "col_critical": "Kritisch of geciteerd",
        "col_measures": "Maatregelen aanwezig",
        "col_mentions": "Genderverwijzingen per 1.000 woorden",
        "col_blind": "Genderblind",
        "yes": "ja",
        "no": "nee",
        "of": "van",
        "details": "details",
        "details_of": "van {label}",
        "unreadable": "niet te lezen",
        "matrix_heading": "Maatregelen per document",
        "matrix_intro": (
            "Welke maatregelen uit de checklist elk document bevat. Een maatregel die niet bij het beleidsdomein van "
            "het document hoort, is niet beoordeeld."
        ),
        "matrix_caption": "Maatregelen per document: aanwezig, ontbreekt of niet beoordeeld",
        "status": {"present": "aanwezig", "missing": "ontbreekt", "not_applicable": "niet beoordeeld"},
        "legend": "Legenda",
        "heatmap_heading": "Aannames per categorie",
        "heatmap_caption": (
            "Aannames per 1.000 woorden, per categorie: hoe donkerder het vak, hoe vaker het document van dit "
            "stereotype uitgaat, gemeten naar zijn lengte. De aantallen staan per document bij de details."
        ),
        "heatmap_title": "Genderstereotiepe aannames per 1.000 woorden",
        "heatmap_label": "Heatmap: genderstereotiepe aannames per 1.000 woorden, per categorie en per document",
        "heatmap_bar": "per 1.000 woorden",
        "coverage_heading": "Dekking van maatregelen",
        "coverage_caption": (
            "Per maatregel: in hoeveel van de documenten waarvoor hij geldt (gezien het beleidsdomein) hij voorkomt."
        ),
        "coverage_title": "Dekking van maatregelen",
        "coverage_label": "Staafdiagram: aandeel documenten dat elke maatregel bevat",
        "coverage_axis": "% van de documenten waarvoor de maatregel geldt",
        "details_heading": "Details per document",
        "full_report": "Volledig rapport",
        "file": "Bestand",
        "doc_title": "Titel",
        "domain": "Beleidsdomein",
        "category": "Categorie",
        "count": "Aantal",
        "rate": "Per 1.000 woorden",
        "no_assertions": "Geen genderstereotiepe aannames gevonden.",
        "missing": "Ontbrekende maatregelen",
        "none_missing": "Geen.",
        "error": "Fout",
        "method_heading": "Verantwoording",
        "method": (
            "Deze vergelijking is automatisch gemaakt met genderscan. De tool leest alleen de tekst van de "
            "documenten: hoe het beleid wordt uitgevoerd, wat er in gesprekken gebeurt en wat er buiten het document "
            "is afgesproken, ziet hij niet. Gebruik de aantallen om documenten te vinden die aandacht vragen, en lees "
            "daarna het rapport van het document zelf."
        ),
        "sort_locale": "nl",
    },
    "en": {
        "title": "Comparison of {n} documents",
        "analysed": "Analysed",
        "analysed_value": "{analysed} of {total}",
        "failed_value": "; {n} could not be read (see the Document column)",
        "tool": "genderscan",
        "tool_value": "{version}, analysis {key}",
        "contents": "Contents",
        "table_heading": "Per document",
        "table_intro": (
            "Click a column header to sort. Assumptions are passages in which the document itself assumes a gender "
            "stereotype; critical and quoted mentions do not count. Counting per 1,000 words makes a long budget "
            "comparable with a short policy paper. The name leads to the document's full report, ‘details’ to the "
            "figures per category and measure below."
        ),
        "caption": "Assumptions, measures and references to gender per document",
        "col_document": "Document",
        "col_pages": "Pages",
        "col_words": "Words",
        "col_assertions": "Assumptions",
        "col_assertions_rate": "Assumptions per 1,000 words",
        "col_critical": "Critical or quoted",
        "col_measures": "Measures present",
        "col_mentions": "References to gender per 1,000 words",
        "col_blind": "Gender-blind",
        "yes": "yes",
        "no": "no",
        "of": "of",
        "details": "details",
        "details_of": "of {label}",
        "unreadable": "could not be read",
        "matrix_heading": "Measures per document",
        "matrix_intro": (
            "Which measures from the checklist each document contains. A measure that does not belong to the "
            "document's policy domain is not judged."
        ),
        "matrix_caption": "Measures per document: present, missing or not judged",
        "status": {"present": "present", "missing": "missing", "not_applicable": "not judged"},
        "legend": "Legend",
        "heatmap_heading": "Assumptions per category",
        "heatmap_caption": (
            "Assumptions per 1,000 words, per category: the darker the cell, the more often the document assumes "
            "this stereotype for its length. The counts are in each document's details."
        ),
        "heatmap_title": "Gender-stereotyped assumptions per 1,000 words",
        "heatmap_label": "Heatmap: gender-stereotyped assumptions per 1,000 words, per category and per document",
        "heatmap_bar": "per 1,000 words",
        "coverage_heading": "Coverage of measures",
        "coverage_caption": (
            "For each measure: how many of the documents it applies to (given their policy domain) contain it."
        ),
        "coverage_title": "Coverage of measures",
        "coverage_label": "Bar chart: share of the documents that contain each measure",
        "coverage_axis": "% of the documents the measure applies to",
        "details_heading": "Details per document",
        "full_report": "Full report",
        "file": "File",
        "doc_title": "Title",
        "domain": "Policy domain",
        "category": "Category",
        "count": "Count",
        "rate": "Per 1,000 words",
        "no_assertions": "No gender-stereotyped assumptions found.",
        "missing": "Missing measures",
        "none_missing": "None.",
        "error": "Error",
        "method_heading": "Method",
        "method": (
            "This comparison was made automatically with genderscan. The tool reads only the text of the documents: "
            "it cannot see how the policy is carried out, what is said in conversations or what was agreed outside "
            "the document. Use the figures to find documents that need attention, then read the document's own "
            "report."
        ),
        "sort_locale": "en",
    },
}
