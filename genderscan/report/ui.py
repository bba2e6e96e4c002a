"""The fixed texts of the reports, in Dutch (the default) and English.

The templates hold no prose of their own: every heading, label and sentence
comes from here, so both languages have the same structure. Texts that
depend on the lexicon (messages, explanations, names) come from the lexicon
and its translations instead (:mod:`genderscan.report.localise`).
"""

from __future__ import annotations

# What every text that is no policy is told first, and what a record of decisions is told next; the kinds add
# their own advice after it (a template, a regulation about budget lines, a proposal read as a record).
_NO_VERDICT = {
    "nl": "Een oordeel over genderneutraliteit, maatregelen of de EIGE-vragen zegt hier niets over beleid.",
    "en": "A verdict on gender-neutral wording, measures or the EIGE questions says nothing about policy here.",
}
_SCAN_DECIDED = {
    "nl": (
        "Scan de beleidsstukken waarover het gaat, en kijk welke besluiten vrouwen en mannen verschillend raken (zorg,"
        " inkomen, opvang, veiligheid, mobiliteit)."
    ),
    "en": (
        "Scan the policy documents it is about, and look at which decisions affect women and men differently (care,"
        " income, shelter, safety, mobility)."
    ),
}

UI: dict[str, dict] = {
    "nl": {
        "kicker": "Genderscan",
        "file": "Bestand",
        "contents": "Inhoud",
        "what_now": "Wat nu",
        "what_now_intro": "De veranderingen die voor dit document het meest opleveren, de belangrijkste eerst. Elk punt linkt naar de vondst of de maatregel.",
        "act_missing": "{name} ontbreekt",
        "act_partial": (
            "{name}: alleen toegezegd voor een groep waar de checklist niet over gaat (zoals werkende ouders);"
            " ga na of het ook geldt voor mensen in een traject, in de inburgering of met een uitkering"
        ),
        "act_intended": "{name}: voorgenomen, nog niet toegezegd (maak er een toezegging van, met geld en planning)",
        "act_missing_delegated": "{name} ontbreekt in dit document; het beleid ligt mede bij een andere organisatie: bespreek het met die organisatie",
        "no_actions": "Niets dringends: deze scan vond geen genderstereotiepe aannames en geen ontbrekende maatregelen.",
        "no_actions_no_checklist": (
            "Niets dringends: deze scan vond geen genderstereotiepe aannames. Een checklist van maatregelen"
            " heeft genderscan voor dit domein niet."
        ),
        "act_blind": (
            "Benoem in de probleemanalyse en in de maatregelen voor wie het beleid is: vrouwen en mannen, met hun zorgtaken, "
            "inkomen en tijd, en houd cijfers per geslacht bij."
        ),
        # a law or national policy has no problem analysis of its own to add this to
        "act_blind_national": (
            "Beoordeel de gevolgen voor vrouwen en mannen apart, met hun zorgtaken, inkomen en tijd (in de toelichting of"
            " de evaluatie), en vraag gemeenten cijfers per geslacht bij te houden."
        ),
        # a budget counts what the policy does: indicators by sex show what it does for women and for men
        "act_households": "Cijfers en indicatoren tellen nu huishoudens, niet vrouwen en mannen: {quotes}.",
        # themes that reach women and men differently, named without them (analysis/themes.py): a lead
        "key_themes": "Onderwerpen die vrouwen en mannen verschillend raken, zonder hen te noemen: {names}",
        "act_theme": "{name}: {fact} In de tekst: {quotes}.",
        "act_themes": "Vraag daar naar cijfers en gevolgen voor vrouwen en mannen apart.",
        "themes_heading": "Onderwerpen die vrouwen en mannen verschillend raken.",
        "themes_intro": (
            "De tekst noemt ze zonder vrouwen, mannen of gender te noemen. Geen oordeel, wel een plek om naar cijfers"
            " en gevolgen per sekse te vragen:"
        ),
        "in_text": "In de tekst",
        "act_blind_budget": (
            "Vraag om doelen en indicatoren van het sociaal domein die vrouwen en mannen apart tellen, zodat de"
            " begroting en de jaarstukken laten zien wat het beleid voor ieder van hen doet."
        ),
        # a coalition agreement has no problem analysis either: where it is worked out is where to name them
        "act_blind_agreement_over": (
            "De periode van dit akkoord is voorbij of loopt dit jaar af. Toets in de jaarstukken wat het beleid voor"
            " vrouwen en voor mannen heeft betekend (zorgtaken, inkomen, tijd), en vraag het volgende akkoord en de"
            " uitwerking ervan om dat te benoemen en cijfers per geslacht bij te houden."
        ),
        "act_blind_agreement": (
            "Vraag het college om bij de uitwerking van het akkoord (een uitvoeringsprogramma, de kadernota of de"
            " begroting) te benoemen wat het beleid betekent voor vrouwen en voor mannen (zorgtaken, inkomen, tijd),"
            " en om cijfers per geslacht bij te houden."
        ),
        "times": "{n} keer",
        "legend": "Ernst van een bevinding",
        "legend_text": {
            "high": "bepaalt direct wie welke ondersteuning krijgt",
            "medium": "kleurt het beeld van de doelgroep",
            "low": "zit vooral in de formulering",
        },
        "sentence": "zin",
        "article": "artikel",
        "member": "lid",
        "item": "onderdeel",
        "chart_measures": "Checklist van maatregelen",
        "chart_measures_desc": "{present} van de {total} maatregelen aanwezig, {missing} ontbreken.",
        "chart_measures_desc_advisory": (
            "Een advies of gids zegt zelf geen maatregelen toe: {discussed} van de {total} maatregelen"
            " besproken of aanbevolen (○), de andere niet genoemd (–)."
        ),
        "chart_categories": "Aannames per categorie",
        "chart_categories_desc": "{n} in {k}.",
        "as_table": "Als tabel",
        "col_measure": "Maatregel",
        "col_category": "Categorie",
        "col_assumptions": "Aannames",
        "practice": "Uit de praktijk",
        "recommendation": "Aanbeveling.",
        "title_prefix": "Genderscan",
        "document": "Document",
        "pages": "pagina's",
        "words": "woorden",
        "without_text": "{n} van {total} pagina's zonder tekst",
        "without_text_tail": "die zijn niet meegenomen in deze scan",
        "without_text_one": "1 van de {total} pagina's bevat geen tekst",
        "without_text_tail_one": "die is niet meegenomen in deze scan",
        "ocr_read": "{n} pagina's gelezen met OCR",
        "municipality": "Gemeente",
        "date": "Datum van de scan",
        "domain": "Beleidsdomein",
        "given": "opgegeven",
        "recognised": "herkend, zekerheid {pct}%",
        # a coalition agreement or budget: its domain is that of its social part (an expert read of an agreement:
        # "armoede, zekerheid 20%" for a text that is three quarters other policy misled)
        "social_part": "het sociale deel van een document over meer beleidsterreinen",
        "tool": "genderscan",
        "tool_line": "{version}, lexicon {lexicon}, pijplijn {pipeline}",
        "summary": "Samenvatting",
        "fig_assertions": "genderstereotiepe aannames (hoog {high}, middel {medium}, laag {low}) in {categories}",
        "fig_assertion": "genderstereotiepe aanname (hoog {high}, middel {medium}, laag {low}) in {categories}",
        "assertion_one": "aanname",
        "assertion_many": "aannames",
        "fig_wording": "zinnen met generiek mannelijk taalgebruik (hij, zijn of hem voor de inwoner), apart geteld",
        "fig_others": "keer kritisch benoemd of geciteerd",
        "fig_missing": "ontbrekende maatregelen ({present} aanwezig)",
        "fig_discussed": "maatregelen besproken of aanbevolen (van {total})",
        "fig_questions": "EIGE-vragen beantwoord",
        "fig_questions_advisory": "EIGE-vragen besproken",
        "fig_mentions": "verwijzingen naar gender per 1.000 woorden",
        "gender_blind_flag": "genderblind geschreven",
        "md_assertions": "Genderstereotiepe aannames",
        "md_wording": "Zinnen met generiek mannelijk taalgebruik (apart geteld)",
        "md_others": "Kritisch benoemd of geciteerd",
        "in_categories": "in {n}",
        "md_measures": "Maatregelen uit de checklist: {present} aanwezig, {missing} ontbreken",
        "md_measures_advisory": "Maatregelen uit de checklist: {discussed} van de {total} besproken of aanbevolen",
        "md_measures_none": "Maatregelen uit de checklist: niet getoetst (de checklist geldt voor beleid over werk, inburgering en armoede)",
        "fig_measures_none": "maatregelen uit de checklist niet getoetst (de checklist geldt voor beleid over werk, inburgering en armoede)",
        "category_one": "categorie",
        "category_many": "categorieën",
        "for_municipalities": "Voor gemeenten:",
        "md_questions": "EIGE-vragen beantwoord: {answered} van {total}",
        "md_questions_advisory": "EIGE-vragen besproken: {answered} van {total}",
        "md_mentions": "Verwijzingen naar gender: {value} per 1.000 woorden",
        "threshold": "drempel",
        "no_assertions": "Geen genderstereotiepe aannames gevonden.",
        "no_processes": "Geen maatregelen of processen gevonden die tot stereotiepe uitvoering leiden.",
        # a text that is no policy has no measures or processes to judge (an expert read of a decision list)
        "no_processes_non_policy": "Niet beoordeeld: dit document is geen beleidstekst.",
        "no_assertions_non_policy": "Geen aannames in de tekst zelf; de stukken waarover het gaat, zijn niet gescand.",
        "missing_effects": "maken het waarschijnlijker dat deze effecten optreden; zie de",
        "missing_effects_budget": (
            "worden in dit begrotingsstuk niet toegezegd; dat zegt nog niet dat het beleid ze mist, maar wel dat er"
            " geen geld of afspraak voor is genoemd; zie de"
        ),
        "missing_effects_alone": (
            "kunnen er ook zonder stereotiepe aannames toe leiden dat het beleid vrouwen en mannen"
            " ongelijk bereikt; zie de"
        ),
        "recommendations": "aanbevelingen",
        "recommendations_below": "aanbevelingen hieronder",
        "effects_lead": (
            "Wat zulke aannames volgens de bronnen doorgaans teweegbrengen; of het hier zo uitpakt, hangt af van wat"
            " het beleid ermee doet:"
        ),
        "missing_measures": "Ontbrekende maatregelen",
        "measures_heading_advisory": "Maatregelen uit de checklist: wat het document erover zegt",
        "measures_heading_unchecked": "Maatregelen uit de checklist",
        "no_effects": "Geen aanwijzingen voor ongewenste effecten gevonden.",
        "no_effects_blind": (
            "Geen aanwijzingen voor ongewenste effecten in de tekst zelf. Het document noemt vrouwen en mannen"
            " echter {how}, zodat verschillen in effect voor hen buiten beeld blijven; zie"
            " Beleidsdomein en genderblindheid."
        ),
        "critical_heading": "Kritisch benoemd of geciteerd",
        "rule": "regel",
        "cue": "signaal",
        "none": "Geen.",
        "why": "Waarom dit ertoe doet.",
        "effect": "Mogelijk onbedoeld effect.",
        "suggestion": "Suggestie.",
        "severity_label": "ernst",
        "no_missing": "Geen: alle maatregelen die voor dit beleidsdomein gelden, komen in het document voor.",
        "no_checklist": (
            "Geen checklist: genderscan vond in dit document geen deel dat vooral over participatie, inburgering"
            " of armoede gaat, de domeinen waarvoor het maatregelen kent (een alinea erover in passing telt niet)."
            " Dat is geen oordeel dat er niets ontbreekt; de aannames en de genderblindheid in dit rapport"
            " gelden wel."
        ),
        "delegated_note": "Volgens het document ontwikkelt of voert een andere organisatie (een deel van) dit beleid uit. De ontbrekende maatregelen hieronder zijn dan ook met die organisatie te bespreken.",
        "advisory_note": (
            "Dit document noemt zichzelf een advies, gids of onderzoek: het zegt zelf geen maatregelen toe. "
            "De maatregelen hieronder ontbreken dus als toezegging, niet als aanbeveling; bij elke maatregel "
            "staat wat het document erover zegt. Ze staan daarom niet bij Wat nu."
        ),
        "fig_advisory": "Advies of gids: het document zegt zelf geen maatregelen toe",
        "fig_delegated": "het beleid ligt mede bij een andere organisatie",
        "fig_national": "landelijk beleid: de checklist is gemaakt voor gemeentelijk beleid",
        "fig_agreement": "een akkoord: de maatregelen horen in de uitwerking ervan",
        "fig_agreement_over": "een akkoord waarvan de periode voorbij is: vraag naar de maatregelen in de jaarstukken en het volgende akkoord",
        "act_missing_agreement": "{name}: niet uitgewerkt in dit akkoord (vraag ernaar bij de uitwerking)",
        "act_missing_agreement_over": "{name}: niet in dit akkoord (vraag ernaar in het volgende akkoord en de uitwerking ervan)",
        "agreement_note": "Dit is een coalitie- of bestuursakkoord: het zegt wat de coalitie wil; hoe, staat in de uitwerking door het college (een uitvoeringsprogramma, de kadernota of de begroting). Lees een ontbrekende maatregel als vraag voor die uitwerking.",
        "agreement_note_over": "Dit is een coalitie- of bestuursakkoord waarvan de periode voorbij is of dit jaar afloopt: wat ervan is uitgevoerd, staat in de jaarstukken. Lees een ontbrekende maatregel als vraag voor de jaarstukken en voor het volgende akkoord.",
        "fig_budget": "een begrotingsstuk: maatregelen staan vaak in een beleidsplan",
        "act_missing_budget": "{name}: niet toegezegd in dit begrotingsstuk (staat ze in een beleidsplan, en is er geld voor?)",
        "act_missing_budget_delegated": (
            "{name}: niet toegezegd in dit begrotingsstuk; het beleid ligt mede bij een andere organisatie (vraag die"
            " ernaar, en of er geld voor is)"
        ),
        "budget_note": "Dit document hoort bij de begrotingscyclus (een begroting, kadernota of de jaarstukken). Het noemt posten en hoofdlijnen, niet elke maatregel. Dat een maatregel hier ontbreekt, betekent dus niet dat het beleid haar mist: kijk in het beleidsplan of het uitvoeringsprogramma, en vraag of er geld voor is.",
        "act_missing_national": "{name}: niet geregeld in dit landelijke beleid; gemeenten nemen deze maatregel (geeft het beleid hun er ruimte, geld of een opdracht voor?)",
        "national_note": "Dit is landelijk beleid. De checklist hieronder is gemaakt voor gemeentelijk beleid: veel van deze maatregelen nemen gemeenten, niet het Rijk. Lees een ontbrekende maatregel als vraag of dit beleid gemeenten in staat stelt haar te nemen.",
        "present": "Aanwezig",
        "based_on": "op grond van",
        "not_applicable": "Niet van toepassing op dit domein",
        "not_checked": "Niet getoetst, omdat geen deel van het document daarover gaat",
        "domain_heading": "Beleidsdomein en genderblindheid",
        "domain_given": "opgegeven met --domain",
        "domain_recognised": "herkend met zekerheid {pct}%",
        "domain_because": "op grond van",
        "domain_note": "De checklist van maatregelen geldt voor alle drie de sociale domeinen (werk en participatie, inburgering, armoede): ook wie met schulden, een minimaregeling of inburgering wordt geholpen, heeft baat bij kinderopvang, een eigen traject en nazorg. Buiten die domeinen is ze niet van toepassing.",
        "domain_note_none": "Voor dit domein kent genderscan geen checklist van maatregelen; ze zijn dus niet getoetst.",
        "coverage": "Oordeel over",
        "coverage_value": "de secties over {topics}, {pct}% van de tekst ({n})",
        # what the covered sections are about, by their domain, in "de secties over …"
        "domain_topics": {"participatie": "werk en participatie", "inburgering": "inburgering", "armoede": "armoede"},
        "last_of_list": " en ",
        "coverage_line": "Dit document gaat ook over ander beleid. De maatregelen, de EIGE-vragen en het cijfer voor genderneutraliteit gaan alleen over de secties die genderscan als beleid voor werk en participatie, inburgering of armoede las, {pct}% van de tekst. Het kiest ze op de dichtheid van woorden over die domeinen, dus een gekozen sectie kan ook over zorg, Wmo, jeugd of onderwijs gaan: lees de lijst na.",
        "money_line": "De maatregelen en het cijfer voor genderneutraliteit lezen daarnaast {where}: in de tabellen daar staat het geld voor dit beleid, ook al hoort dat hoofdstuk bij het hele document.",
        "outside_line": "Buiten deze secties noemt het document vrouwen, mannen of gender {n} keer, het vaakst in: {where}. Die secties vallen buiten de checklist en het cijfer hieronder; lees ze apart op wat het beleid voor vrouwen en mannen betekent.",
        "domains_line": "Domeinen in dit document",
        "col_section": "Sectie",
        "col_domain": "Domein",
        "before_heading": "(tekst vóór het eerste kopje)",
        "mentions_line": "Verwijzingen naar vrouwen, mannen of gender: {n} in {words} woorden, {value} per 1.000 woorden ({verdict}).",
        # the conclusion the figure leads to, said (an expert read: a report above the bar never said it)
        "mentions_blind": "onder de drempel van {threshold}: genderblind geschreven",
        # a count above the bar says women and men are named, not that the analysis is good (an expert read: "niet
        # genderneutraal geformuleerd" read as a defect in a plan that names them in its figures; "genderneutraal" itself
        # read as praise by an adviser, an expert read of the Wassenaar budget: the report says "genderblind")
        # ("vrouwen, mannen of gender": a document may name women and never men, an expert read of the national
        # coalition agreement)
        "mentions_not_blind": "boven de drempel van {threshold}: vrouwen, mannen of gender worden genoemd; of de analyse deugt, zegt dit cijfer niet",
        "mentions_non_policy": "drempel {threshold}; geen beleidstekst, dus geen oordeel",
        "most_used": "Meest gebruikt",
        "part": "Deel van het document",
        "col_words": "Woorden",
        "col_mentions": "Verwijzingen",
        "col_per_1000": "Per 1.000 woorden",
        "blind_heading": "Genderblind beleid.",
        # a coalition agreement or a budget says what the policy is in brief; its wording is a sign, not a
        # verdict on the policy (an expert read of the Wassenaar budget, whose policy another municipality makes)
        "blind_heading_summary": "Genderblind geschreven.",
        "blind_risk_summary": (
            "{what} verwijst {how} naar vrouwen, mannen of gender. {kind} zegt in het kort wat het beleid is: dat"
            " het genderblind geschreven is, is een signaal, nog geen oordeel over het beleid zelf. Of het"
            " beleid rekening houdt met verschillen in zorgtaken, inkomen, tijd, veiligheid en mobiliteit, blijkt"
            " uit de stukken die het uitwerken{delegated}. Het risico is dat wat vooral vrouwen (of juist mannen)"
            " raakt, daar niet wordt gezien, niet wordt gemeten en dus niet wordt aangepakt."
        ),
        "summary_what": {"agreement": "Het akkoord", "budget": "Het begrotingsstuk"},
        "summary_kind": {"agreement": "Een akkoord", "budget": "Een stuk uit de begrotingscyclus"},
        "summary_delegated": ", ook die van de organisatie die het beleid maakt of uitvoert",
        "eige": "EIGE-vragen",
        "col_question": "Vraag",
        "col_status": "Status",
        "col_evidence": "Bewijs of wat een goed antwoord bevat",
        "col_evidence_md": "Bewijs, of (cursief) wat een goed antwoord bevat",
        "method": "Verantwoording",
        "method_1": (
            "Deze scan is automatisch gemaakt met genderscan {version} (lexicon {lexicon}, taalmodel {pipeline}). "
            "Zinnen worden vergeleken met regels die genderstereotiepe aannames beschrijven; per vondst wordt bepaald "
            "of de tekst de aanname zelf doet (aanname), haar kritisch benoemt of afwijst (kritisch), of haar citeert "
            "(geciteerd). Alleen aannames tellen mee in de samenvatting."
        ),
        "method_opinion": (
            "Een getraind tweede oordeel ({model}, een tekstclassificatie getraind op door genderscan zelf gelabelde "
            "beleidszinnen) leest elke zin met een genderterm als geheel. Het voegt aannames toe die de regels missen "
            "(regels met het nummer 900, zoals ZR900; ernst laag) en zette {vetoed} aanname(s) van de regels opzij omdat het vrijwel zeker was "
            "dat de zin die niet doet; die staan in het JSON-rapport onder second_opinion.vetoed."
        ),
        "method_opinion_none": (
            "Een getraind tweede oordeel ({model}, een tekstclassificatie getraind op door genderscan zelf gelabelde "
            "beleidszinnen) leest elke zin met een genderterm als geheel. Het voegt aannames toe die de regels missen "
            "(regels met het nummer 900, zoals ZR900; ernst laag) en zet aannames van de regels opzij als het vrijwel "
            "zeker is dat de zin die niet doet; in dit document zette het er geen opzij."
        ),
        # an expert read of the national agreement: a rule's assumption set aside showed in the JSON only
        "vetoed_intro": "Opzijgezet door het tweede oordeel (lees ze na: ook een getraind model vergist zich)",
        "vetoed_more": "en nog {n} in het JSON-rapport",
        "method_2": (
            "Een automatische scan ziet alleen de tekst. Hoe het beleid in de praktijk wordt uitgevoerd, wat inwoners ervaren "
            "en welke afspraken niet op papier staan, blijft buiten beeld; daarvoor zijn interviews en dossieronderzoek nodig."
        ),
        "sources": "Bronnen",
        "atria": {
            1: "Is er sprake van onderliggende genderstereotiepe aannames in de stukken?",
            2: "Zijn er maatregelen en processen die tot genderstereotiepe uitvoering (kunnen) leiden?",
            3: "Hoe kunnen deze leiden tot ongewenste of onvoorziene effecten?",
        },
        "severity": {"high": "hoog", "medium": "middel", "low": "laag"},
        "stance": {"assertion": "aanname", "critical": "kritisch benoemd", "quoted": "geciteerd"},
        "measure_status": {"present": "aanwezig", "missing": "ontbreekt", "not_applicable": "niet van toepassing"},
        "also": "Dezelfde bewering raakt ook",
        "intended": "voorgenomen, telt als ontbrekend",
        "partial": "deels: alleen toegezegd voor een andere groep, telt als ontbrekend",
        # why a named measure is not present, by the kind of its first evidence (an adviser reads "genoemd, maar
        # niet toegezegd (tekort …)" of a sentence that rules the measure out as partial progress: an expert read)
        "not_committed": {
            "commitment": "Genoemd, maar niet als toezegging meegeteld",
            "mention": "Alleen genoemd, niet toegezegd",
            "intent": "Voorgenomen, nog niet toegezegd",
            "recommendation": "Aanbevolen, niet toegezegd",
            "shortage": "Het stuk zegt dat dit er niet (genoeg) is of niet gebeurt",
            "other_sense": "Alleen in een andere betekenis genoemd",
            "other_group": "Toegezegd, maar alleen voor een groep waar deze maatregel niet over gaat",
        },
        "question_status": {
            "beantwoord": "beantwoord",
            "deels": "deels",
            "niet aangetroffen": "niet aangetroffen",
            "niet van toepassing": "niet van toepassing",
        },
        "not_applicable_status": "niet van toepassing",
        "question_status_advisory": {
            "beantwoord": "besproken",
            "deels": "deels besproken",
            "niet aangetroffen": "niet aangetroffen",
            "niet van toepassing": "niet van toepassing",
        },
        "domains": {
            "participatie": "participatie en re-integratie",
            "inburgering": "inburgering",
            "armoede": "armoede en schulden",
            "other": "overig beleid",
        },
        "parts": {"analyse": "probleemanalyse", "maatregelen": "maatregelen"},
        "page": "p.",
        "printed_page": "blz.",
        "paragraph": "alinea",
        "comment_missing": "Ontbrekende maatregel",
        "comment_recommendation": "Aanbeveling",
        "comment_elsewhere": "Elders in het document ({n})",
        "key_blind": "{subject} is genderblind geschreven: het noemt vrouwen, mannen of gender nauwelijks.",
        "blind_subject": "Het beleid",
        "wording_suggestion_national": (
            "Formuleer in volgende stukken en bij een wijziging genderneutraal: “de inwoner die …”, “diens”, of"
            " het meervoud (“inwoners … hun”)."
        ),
        "wording_heading_note": "taalgebruik, telt niet als aanname",
        "how_hardly": "nauwelijks",
        "how_none": "nergens",
        "how_none_scoped": "in de beoordeelde delen nergens",
        "key_blind_none_scoped": "{subject} is genderblind geschreven: de delen waarover dit oordeel gaat, noemen vrouwen, mannen of gender nergens.",
        "key_blind_none": "{subject} is genderblind geschreven: het noemt vrouwen, mannen of gender nergens.",
        "key_non_policy": "Dit document is geen beleidstekst: het is een besluitenlijst of een voorschrift over begrotingsposten.",
        "key_non_policy_decisions": "Dit document is geen beleidstekst: het is een besluitenlijst.",
        "key_non_policy_budget_lines": "Dit document is geen beleidstekst: het is een voorschrift of overzicht van begrotingsposten.",
        "act_decisions": "Agendapunten of besluiten die werk, inburgering, armoede of kinderopvang raken: {quotes}.",
        "act_decisions_first": (
            "De eerste {n} agendapunten of besluiten die werk, inburgering, armoede of kinderopvang raken (er kunnen er"
            " meer zijn): {quotes}."
        ),
        "key_non_policy_template": "Dit document is geen beleidstekst: het is een sjabloon met schrijfaanwijzingen.",
        "no_effects_non_policy_template": "Niet beoordeeld: dit document is een sjabloon, geen beleid.",
        "no_checklist_non_policy_template": "Geen checklist: dit document is een sjabloon. De checklist is gemaakt voor beleid over werk, inburgering en armoede; toets de voorstellen die met het sjabloon worden geschreven.",
        "act_non_policy_template": (
            f"{_NO_VERDICT['nl']} Wat het"
            " sjabloon wel kan: de schrijver laten nagaan of een voorstel vrouwen en mannen verschillend raakt. Voeg"
            " daarvoor een vraag toe bij de onderdelen over het beoogde effect of de risico's, bijvoorbeeld: ‘Raakt"
            " dit besluit vrouwen en mannen verschillend, in zorgtaken, inkomen, tijd of veiligheid?’"
        ),
        "md_questions_non_policy": "EIGE-vragen: niet van toepassing (geen beleidstekst)",
        "no_effects_non_policy": "Niet beoordeeld: dit document is geen beleidstekst. Of een besluit vrouwen en mannen verschillend raakt, blijkt uit de stukken waarover het gaat.",
        "no_effects_non_policy_budget_lines": "Niet beoordeeld: dit document is geen beleidstekst. Of uitgaven vrouwen en mannen verschillend raken, blijkt uit de beleidsstukken en uit cijfers over wie ze bereiken.",
        "no_checklist_non_policy": "Geen checklist: dit document is geen beleidstekst. De checklist is gemaakt voor beleid over werk, inburgering en armoede; toets de stukken waarover het gaat.",
        "not_checked_non_policy": "Niet getoetst (geen beleidstekst)",
        "act_non_policy": f"{_NO_VERDICT['nl']} {_SCAN_DECIDED['nl']}",
        # a short council proposal is as dense with decision formulas (its points under the proposal and again in
        # the draft decision); four hostile reviews found no sign that tells the two apart, so the reader decides
        "not_a_record": (
            "Is dit geen besluitenlijst maar een kort voorstel met beslispunten? Laat het dan opnieuw scannen met een"
            " gekozen beleidsdomein (participatie, inburgering of armoede; op de opdrachtregel met --domain): dan"
            " wordt het als beleid gescand."
        ),
        # an expert read of the Iv3 regulation: what such a text can serve is a budget read by sex
        "act_non_policy_budget_lines": (
            f"{_NO_VERDICT['nl']} Zo'n"
            " voorschrift laat zien waaraan geld wordt uitgegeven, per taakveld, niet wie ervan profiteert: leg de"
            " uitgaven aan werk, inkomen, zorg en opvang naast cijfers over wie ze bereiken, naar geslacht"
            " (genderbudgettering), en scan de beleidsstukken zelf."
        ),
        "non_policy_flag": "geen beleidstekst, geen oordeel",
        "eige_non_policy": "Dit document is geen beleidstekst: dat een vraag niet beantwoord wordt, zegt hier niets over het beleid.",
        "eige_advisory": (
            "Dit document is een advies, handreiking of onderzoek: het bespreekt of beveelt aan wat een vraag"
            " betreft; het voert zelf niets uit."
        ),
        "parts_note": (
            "In de probleemanalyse komen vrouwen en mannen nog voor, in de maatregelen nauwelijks: "
            "het beleid benoemt verschillen, maar vertaalt ze niet naar de aanpak."
        ),
        "blind_risk": (
            "Het document verwijst {how} naar vrouwen, mannen of gender. In de zin van Atria is het beleid "
            "daarmee genderneutraal: het lijkt voor iedereen gelijk, maar benoemt niet waar vrouwen en mannen "
            "verschillen in zorgtaken, inkomen, tijd, veiligheid en mobiliteit. Het risico is dat wat vooral vrouwen (of juist "
            "mannen) raakt, niet wordt gezien, niet wordt gemeten en dus niet wordt aangepakt, en dat de uitvoering "
            "ongemerkt de gewoonten van wie het beleid uitvoert volgt."
        ),
    },
    "en": {
        "kicker": "Gender scan",
        "file": "File",
        "contents": "Contents",
        "what_now": "What now",
        "what_now_intro": "The changes that would do this document the most good, most important first. Each item links to its finding or measure.",
        "act_missing": "{name} is missing",
        "act_partial": (
            "{name}: committed to only for a group the checklist is not about (such as working parents);"
            " check whether it also applies to people in a trajectory, in civic integration or on a benefit"
        ),
        "act_intended": "{name}: intended, not yet committed to (make it a commitment, with money and a timetable)",
        "act_missing_delegated": "{name} is missing from this document; the policy lies partly with another organisation: take it up with that organisation",
        "no_actions": "Nothing urgent: this scan found no gender-stereotyped assumptions and no missing measures.",
        "no_actions_no_checklist": (
            "Nothing urgent: this scan found no gender-stereotyped assumptions. genderscan has no checklist"
            " of measures for this domain."
        ),
        "act_blind": (
            "Say in the problem analysis and in the measures who the policy is for: women and men, with their caring tasks, "
            "income and time, and keep figures broken down by sex."
        ),
        "act_blind_national": (
            "Assess the effects on women and men separately, with their caring tasks, income and time (in the explanatory"
            " memorandum or the evaluation), and ask municipalities to keep figures broken down by sex."
        ),
        "act_households": "Figures and indicators now count households, not women and men: {quotes}.",
        "key_themes": "Topics that affect women and men differently, without naming them: {names}",
        "act_theme": "{name}: {fact} In the text: {quotes}.",
        "act_themes": "Ask there for figures and effects for women and men separately.",
        "themes_heading": "Topics that affect women and men differently.",
        "themes_intro": (
            "The text names them without naming women, men or gender. No verdict, but a place to ask for figures"
            " and effects by sex:"
        ),
        "in_text": "In the text",
        "act_blind_budget": (
            "Ask for goals and indicators in the social domain that count women and men separately, so that the"
            " budget and the annual accounts show what the policy does for each of them."
        ),
        "act_blind_agreement_over": (
            "This agreement's period is over or ends this year. Check in the annual accounts what the policy meant"
            " for women and for men (caring tasks, income, time), and ask the next agreement and its working out to"
            " say so and to keep figures by sex."
        ),
        "act_blind_agreement": (
            "Ask the college to say, where the agreement is worked out (an implementation programme, the framework"
            " memorandum or the budget), what the policy means for women and for men (caring tasks, income, time),"
            " and to keep figures broken down by sex."
        ),
        "times": "{n} times",
        "legend": "Severity of a finding",
        "legend_text": {
            "high": "directly decides who gets which support",
            "medium": "shapes the picture of the target group",
            "low": "is mainly a matter of wording",
        },
        "sentence": "sentence",
        "article": "article",
        "member": "subsection",
        "item": "item",
        "chart_measures": "Checklist of measures",
        "chart_measures_desc": "{present} of the {total} measures present, {missing} missing.",
        "chart_measures_desc_advisory": (
            "An advisory document or guide commits to no measures itself: {discussed} of the {total} measures"
            " discussed or recommended (○), the others not named (–)."
        ),
        "chart_categories": "Assumptions per category",
        "chart_categories_desc": "{n} in {k}.",
        "as_table": "As a table",
        "col_measure": "Measure",
        "col_category": "Category",
        "col_assumptions": "Assumptions",
        "practice": "In practice",
        "recommendation": "Recommendation.",
        "title_prefix": "Gender scan",
        "document": "Document",
        "pages": "pages",
        "words": "words",
        "without_text": "{n} of {total} pages without text",
        "without_text_tail": "these were not included in this scan",
        "without_text_one": "1 of the {total} pages has no text",
        "without_text_tail_one": "it was not included in this scan",
        "ocr_read": "{n} pages read with OCR",
        "municipality": "Municipality",
        "date": "Scan date",
        "domain": "Policy domain",
        "given": "given",
        "recognised": "recognised, confidence {pct}%",
        "social_part": "the social part of a document on several policy areas",
        "tool": "genderscan",
        "tool_line": "{version}, lexicon {lexicon}, pipeline {pipeline}",
        "summary": "Summary",
        "fig_assertions": "gender-stereotyped assumptions (high {high}, medium {medium}, low {low}) in {categories}",
        "fig_assertion": "gender-stereotyped assumption (high {high}, medium {medium}, low {low}) in {categories}",
        "assertion_one": "assumption",
        "assertion_many": "assumptions",
        "fig_wording": "sentences with generic masculine wording (he, his or him for the resident), counted separately",
        "fig_others": "critical or quoted mentions",
        "fig_missing": "missing measures ({present} present)",
        "fig_discussed": "measures discussed or recommended (of {total})",
        "fig_questions": "EIGE questions answered",
        "fig_questions_advisory": "EIGE questions discussed",
        "fig_mentions": "references to gender per 1,000 words",
        "gender_blind_flag": "written gender-blind",
        "md_assertions": "Gender-stereotyped assumptions",
        "md_wording": "Sentences with generic masculine wording (counted separately)",
        "md_others": "Critical or quoted mentions",
        "in_categories": "in {n}",
        "md_measures": "Measures from the checklist: {present} present, {missing} missing",
        "md_measures_advisory": "Measures from the checklist: {discussed} of the {total} discussed or recommended",
        "md_measures_none": "Measures from the checklist: not checked (the checklist is for policy on work, integration and poverty)",
        "fig_measures_none": "checklist measures not checked (the checklist is for policy on work, integration and poverty)",
        "category_one": "category",
        "category_many": "categories",
        "for_municipalities": "For municipalities:",
        "md_questions": "EIGE questions answered: {answered} of {total}",
        "md_questions_advisory": "EIGE questions discussed: {answered} of {total}",
        "md_mentions": "References to gender: {value} per 1,000 words",
        "threshold": "threshold",
        "no_assertions": "No gender-stereotyped assumptions found.",
        "no_processes": "No measures or processes found that lead to stereotyped implementation.",
        "no_processes_non_policy": "Not assessed: this document is no policy text.",
        "no_assertions_non_policy": "No assumptions in the text itself; the documents it is about were not scanned.",
        "missing_effects": "make these effects more likely; see the",
        "missing_effects_budget": (
            "are not committed to in this budget document; that does not yet mean the policy lacks them, but no"
            " money or agreement is named for them; see the"
        ),
        "missing_effects_alone": (
            "can, even without stereotyped assumptions, make the policy reach women and men unequally; see the"
        ),
        "recommendations": "recommendations",
        "recommendations_below": "recommendations below",
        "effects_lead": (
            "What such assumptions usually bring about, according to the sources; whether they do so here depends on"
            " what the policy does with them:"
        ),
        "missing_measures": "Missing measures",
        "measures_heading_advisory": "Checklist measures: what the document says about them",
        "measures_heading_unchecked": "Checklist measures",
        "no_effects": "No indications of unintended effects found.",
        "no_effects_blind": (
            "No indications of unintended effects in the text itself. But the document {how} names women and"
            " men, so differences in effect for them stay out of view; see Policy domain and gender-neutral wording."
        ),
        "critical_heading": "Critical or quoted mentions",
        "rule": "rule",
        "cue": "cue",
        "none": "None.",
        "why": "Why this matters.",
        "effect": "Possible unintended effect.",
        "suggestion": "Suggestion.",
        "severity_label": "severity",
        "no_missing": "None: every measure that applies to this policy domain occurs in the document.",
        "no_checklist": (
            "No checklist: genderscan found no part of this document that is mainly about participation,"
            " integration or poverty, the domains it knows measures for (a paragraph on them in passing does"
            " not count). This is no verdict that nothing is missing; the assumptions and the gender-blindness"
            " in this report still apply."
        ),
        "delegated_note": "According to the document, another organisation makes or carries out (part of) this policy. The missing measures below are then also to be taken up with that organisation.",
        "advisory_note": (
            "This document presents itself as advice, a guide or a study: it does not commit to any measures itself. "
            "The measures below are missing as commitments, not as recommendations; each shows what the "
            "document says about it. That is why they are not listed under What now."
        ),
        "fig_advisory": "Advisory document or guide: the document does not commit to any measures itself",
        "fig_delegated": "the policy lies partly with another organisation",
        "fig_national": "national policy: the checklist is made for municipal policy",
        "fig_agreement": "an agreement: the measures belong in how it is worked out",
        "fig_agreement_over": "an agreement whose period is over: ask about the measures in the annual accounts and the next agreement",
        "act_missing_agreement": "{name}: not worked out in this agreement (ask about it where it is worked out)",
        "act_missing_agreement_over": "{name}: not in this agreement (ask about it in the next agreement and where that is worked out)",
        "agreement_note": "This is a coalition or council agreement: it says what the coalition wants; how is set out where the college works it out (an implementation programme, the framework memorandum or the budget). Read a missing measure as a question for that.",
        "agreement_note_over": "This is a coalition or council agreement whose period is over or ends this year: what was carried out is in the annual accounts. Read a missing measure as a question for the annual accounts and for the next agreement.",
        "fig_budget": "a budget document: measures often stand in a policy plan",
        "act_missing_budget": "{name}: not committed to in this budget document (is it in a policy plan, and is money set aside for it?)",
        "act_missing_budget_delegated": (
            "{name}: not committed to in this budget document; the policy lies partly with another organisation (ask it,"
            " and whether money is set aside)"
        ),
        "budget_note": "This document belongs to the budget cycle (a budget, a framework memorandum or the annual accounts). It names budget lines and the main lines of policy, not every measure. A measure missing here is therefore not necessarily missing from the policy: look in the policy plan or the implementation programme, and ask whether money is set aside for it.",
        "act_missing_national": "{name}: not arranged in this national policy; municipalities take this measure (does the policy give them room, money or a task for it?)",
        "national_note": "This is national policy. The checklist below is made for municipal policy: many of these measures are taken by municipalities, not by central government. Read a missing measure as the question whether this policy enables municipalities to take it.",
        "present": "Present",
        "based_on": "on the strength of",
        "not_applicable": "Not applicable to this domain",
        "not_checked": "Not checked, as no part of the document is about them",
        "domain_heading": "Policy domain and gender-neutral wording",
        "domain_given": "given with --domain",
        "domain_recognised": "recognised with confidence {pct}%",
        "domain_because": "based on",
        "domain_note": "The checklist of measures applies to all three social domains (work and participation, integration, poverty): people helped with debts, a minimum-income scheme or integration also benefit from childcare, a programme of their own and aftercare. Outside those domains it does not apply.",
        "domain_note_none": "genderscan has no checklist of measures for this domain, so they were not checked.",
        "coverage": "Verdicts cover",
        "coverage_value": "the sections on {topics}, {pct}% of the text ({n})",
        "domain_topics": {"participatie": "work and participation", "inburgering": "integration", "armoede": "poverty"},
        "last_of_list": " and ",
        "coverage_line": "This document is also about other policy. The measures, the EIGE questions and the gender-neutrality figure only cover the sections genderscan read as policy on work and participation, integration or poverty, {pct}% of the text. It chooses them by the density of words about those domains, so a chosen section can also be about care, Wmo, youth or education: check the list.",
        "money_line": "The measures and the gender-neutrality figure also read {where}: the money for this policy stands in its tables, though that chapter belongs to the whole document.",
        "outside_line": "Outside these sections the document names women, men or gender {n} times, most often in: {where}. Those sections are outside the checklist and the figure below; read them apart for what the policy means for women and men.",
        "domains_line": "Domains in this document",
        "col_section": "Section",
        "col_domain": "Domain",
        "before_heading": "(text before the first heading)",
        "mentions_line": "References to women, men or gender: {n} in {words} words, {value} per 1,000 words ({verdict}).",
        "mentions_blind": "below the threshold of {threshold}: written gender-blind",
        "mentions_not_blind": "above the threshold of {threshold}: women, men or gender are named; whether the analysis is sound, this figure does not say",
        "mentions_non_policy": "threshold {threshold}; no policy text, so no verdict",
        "most_used": "Most used",
        "part": "Part of the document",
        "col_words": "Words",
        "col_mentions": "References",
        "col_per_1000": "Per 1,000 words",
        "blind_heading": "Gender-blind policy.",
        "blind_heading_summary": "Written gender-blind.",
        "blind_risk_summary": (
            "{what} {how} refers to women, men or gender. {kind} says in brief what the policy is: that it is written"
            " gender-blind is a sign, not yet a verdict on the policy itself. Whether the policy takes account of"
            " differences in care, income, time, safety and mobility shows in the documents that work it out"
            "{delegated}. The risk is that what mainly affects women (or men) is not seen there, not measured and so"
            " not addressed."
        ),
        "summary_what": {"agreement": "The agreement", "budget": "The budget document"},
        "summary_kind": {"agreement": "An agreement", "budget": "A document of the budget cycle"},
        "summary_delegated": ", including those of the organisation that makes or carries out the policy",
        "eige": "EIGE questions",
        "col_question": "Question",
        "col_status": "Status",
        "col_evidence": "Evidence, or what a good answer contains",
        "col_evidence_md": "Evidence, or (in italics) what a good answer contains",
        "method": "Method",
        "method_1": (
            "This scan was made automatically with genderscan {version} (lexicon {lexicon}, language model {pipeline}). "
            "Sentences are compared with rules that describe gender-stereotyped assumptions; for each finding it is "
            "decided whether the text makes the assumption itself (assumption), names it critically or rejects it "
            "(critical), or quotes it (quoted). Only assumptions count in the summary. Quotations from the document "
            "are in Dutch, as written."
        ),
        "method_opinion": (
            "A trained second opinion ({model}, a text classifier trained on policy sentences labelled by genderscan "
            "itself) reads every sentence with a gender term as a whole. It adds assumptions the rules miss (rules "
            "numbered 900, such as ZR900; low severity) and set aside {vetoed} of the rules' assumption(s) because it was all but sure the "
            "sentence does not make them; they are listed in the JSON report under second_opinion.vetoed."
        ),
        "method_opinion_none": (
            "A trained second opinion ({model}, a text classifier trained on policy sentences labelled by genderscan "
            "itself) reads every sentence with a gender term as a whole. It adds assumptions the rules miss (rules "
            "numbered 900, such as ZR900; low severity) and sets aside the rules' assumptions where it is all but sure "
            "the sentence does not make them; in this document it set none aside."
        ),
        "vetoed_intro": "Set aside by the second opinion (check them: a trained model errs too)",
        "vetoed_more": "and {n} more in the JSON report",
        "method_2": (
            "An automatic scan sees only the text. How the policy is carried out in practice, what residents experience "
            "and which agreements are not on paper stay out of view; interviews and case-file research are needed for that."
        ),
        "sources": "Sources",
        "atria": {
            1: "Are there underlying gender-stereotyped assumptions in the documents?",
            2: "Are there measures and processes that (can) lead to gender-stereotyped implementation?",
            3: "How can these lead to unwanted or unforeseen effects?",
        },
        "severity": {"high": "high", "medium": "medium", "low": "low"},
        "stance": {"assertion": "assumption", "critical": "critical mention", "quoted": "quoted"},
        "measure_status": {"present": "present", "missing": "missing", "not_applicable": "not applicable"},
        "also": "The same claim also concerns",
        "intended": "intended, counts as missing",
        "partial": "partly: committed to for another group only, counts as missing",
        "not_committed": {
            "commitment": "Named, but not counted as a commitment",
            "mention": "Named only, not committed to",
            "intent": "Intended, not yet committed to",
            "recommendation": "Recommended, not committed to",
            "shortage": "The document says this is lacking or not done",
            "other_sense": "Named only in another sense",
            "other_group": "Committed to, but only for a group this measure is not about",
        },
        "question_status": {
            "beantwoord": "answered",
            "deels": "partly",
            "niet aangetroffen": "not found",
            "niet van toepassing": "not applicable",
        },
        "not_applicable_status": "not applicable",
        "question_status_advisory": {
            "beantwoord": "discussed",
            "deels": "partly discussed",
            "niet aangetroffen": "not found",
            "niet van toepassing": "not applicable",
        },
        "domains": {
            "participatie": "participation and re-integration",
            "inburgering": "civic integration",
            "armoede": "poverty and debt",
            "other": "other policy",
        },
        "parts": {"analyse": "problem analysis", "maatregelen": "measures"},
        "page": "p.",
        "printed_page": "printed p.",
        "paragraph": "paragraph",
        "comment_missing": "Missing measure",
        "comment_recommendation": "Recommendation",
        "comment_elsewhere": "Elsewhere in the document ({n})",
        "key_blind": "{subject} is written gender-blind: it hardly mentions women, men or gender.",
        "blind_subject": "The policy",
        "wording_suggestion_national": (
            "In later documents and at an amendment, word it gender-neutrally: “de inwoner die …”, “diens”, or"
            " the plural (“inwoners … hun”)."
        ),
        "wording_heading_note": "wording, not counted as an assumption",
        "how_hardly": "hardly",
        "how_none": "never",
        "how_none_scoped": "nowhere in the parts judged",
        "key_blind_none_scoped": "{subject} is written gender-blind: the parts this verdict covers do not mention women, men or gender at all.",
        "key_blind_none": "{subject} is written gender-blind: it does not mention women, men or gender at all.",
        "key_non_policy": "This document is no policy text: it is a record of decisions or a regulation about budget lines.",
        "key_non_policy_decisions": "This document is no policy text: it is a record of decisions.",
        "key_non_policy_budget_lines": "This document is no policy text: it is a regulation or overview of budget lines.",
        "act_decisions": "Agenda items or decisions that touch work, integration, poverty or childcare: {quotes}.",
        "act_decisions_first": (
            "The first {n} agenda items or decisions that touch work, integration, poverty or childcare (there may be"
            " more): {quotes}."
        ),
        "key_non_policy_template": "This document is no policy text: it is a template with instructions for its writer.",
        "no_effects_non_policy_template": "Not assessed: this document is a template, not policy.",
        "no_checklist_non_policy_template": "No checklist: this document is a template. The checklist is made for policy on work, integration and poverty; check the proposals written with the template.",
        "act_non_policy_template": (
            f"{_NO_VERDICT['en']} What"
            " the template can do: have its writer check whether a proposal affects women and men differently. Add a"
            " question to the parts on the intended effect or the risks, for example: 'Does this decision affect"
            " women and men differently, in caring tasks, income, time or safety?'"
        ),
        "md_questions_non_policy": "EIGE questions: not applicable (no policy text)",
        "no_effects_non_policy": "Not assessed: this document is no policy text. Whether a decision affects women and men differently shows in the documents it is about.",
        "no_effects_non_policy_budget_lines": "Not assessed: this document is no policy text. Whether spending affects women and men differently shows in the policy documents and in figures on whom it reaches.",
        "no_checklist_non_policy": "No checklist: this document is no policy text. The checklist is made for policy on work, integration and poverty; check the documents it is about.",
        "not_checked_non_policy": "Not checked (no policy text)",
        "act_non_policy": f"{_NO_VERDICT['en']} {_SCAN_DECIDED['en']}",
        "not_a_record": (
            "Is this no record of decisions but a short proposal with decision points? Then have it scanned again with"
            " a chosen policy domain (participatie, inburgering or armoede; on the command line with --domain), and it"
            " is scanned as policy."
        ),
        "act_non_policy_budget_lines": (
            f"{_NO_VERDICT['en']} Such"
            " a regulation shows what money is spent on, per task field, not who benefits: set the spending on work,"
            " income, care and shelter beside figures on whom it reaches, by sex (gender budgeting), and scan the"
            " policy documents themselves."
        ),
        "non_policy_flag": "no policy text, no verdict",
        "eige_non_policy": "This document is no policy text: a question left unanswered says nothing about the policy here.",
        "eige_advisory": (
            "This document is an advice, guide or study: it discusses or recommends what a question is about; it"
            " carries nothing out itself."
        ),
        "parts_note": (
            "Women and men still appear in the problem analysis, but hardly in the measures: "
            "the policy names differences but does not translate them into its approach."
        ),
        "blind_risk": (
            "The document {how} refers to women, men or gender. In Atria's terms the policy is therefore "
            "gender-neutral: it seems the same for everyone, but does not name where women and men differ in caring "
            "tasks, income, time, safety and mobility. The risk is that what mainly affects women (or men) is not seen, "
            "not measured and therefore not tackled, and that implementation unwittingly follows the habits of "
            "those who carry out the policy."
        ),
    },
}
