"""Build the example policy documents (DOCX and PDF) of the fictional gemeente Hoogwater.

The nota is written for genderscan's demo and tests: a realistic participation
policy with a handful of stereotyped passages (kostwinner, zorgrol,
beroepssegregatie), one passage that rejects a stereotype, and no childcare
measure. Run from the repository root:

    python examples/build_examples.py        # needs python-docx and fpdf2
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEM = "hoogwater_participatienota"
TITLE = "Iedereen doet mee: beleidsnota participatie 2025-2028"
FIXED_DATE = dt.datetime(2025, 3, 1, 12, 0, 0, tzinfo=dt.timezone.utc)

# (kind, text): kind is h1 (chapter), h2 (section), p (paragraph), li (bullet) or table.
CONTENT: list[tuple[str, object]] = [
    ("title", TITLE),
    (
        "p",
        "Gemeente Hoogwater, afdeling Werk en Inkomen. Vastgesteld door het college van burgemeester en wethouders op 4 maart 2025.",
    ),
    ("h1", "1. Aanleiding"),
    (
        "p",
        "Hoogwater telt ruim 62.000 inwoners. Ongeveer 1.240 huishoudens ontvangen een bijstandsuitkering op grond van de Participatiewet. Een groot deel van hen staat al jaren aan de kant: bijna de helft ontvangt langer dan vijf jaar een uitkering. Tegelijk hebben werkgevers in de regio moeite hun vacatures te vullen, vooral in de techniek, de logistiek en de zorg.",
    ),
    (
        "p",
        "Met deze nota zet het college de lijnen uit voor de komende vier jaar. We willen dat meer inwoners meedoen, bij voorkeur met betaald werk, en anders met vrijwilligerswerk of een andere vorm van maatschappelijke participatie. De nota vervangt het re-integratiebeleid uit 2019 en sluit aan bij de regionale afspraken van de arbeidsmarktregio Rivierenland.",
    ),
    (
        "p",
        "De evaluatie van het vorige beleid liet zien dat de uitstroom naar werk achterbleef bij de verwachtingen. Trajecten waren vaak te lang, de samenwerking met werkgevers te vrijblijvend en de begeleiding na plaatsing te kort. Inwoners gaven in gesprekken aan dat zij zich niet altijd gehoord voelden. Die lessen nemen we mee.",
    ),
    ("h2", "1.1 Wat we willen bereiken"),
    ("li", "Binnen vier jaar stromen jaarlijks 250 inwoners uit de bijstand naar betaald werk."),
    ("li", "Iedere inwoner met een uitkering heeft binnen drie maanden een plan van aanpak."),
    ("li", "Het aantal inwoners dat langer dan vijf jaar een uitkering ontvangt, daalt met een kwart."),
    ("li", "Werkgevers in Hoogwater kunnen voor hun vacatures een beroep doen op één werkgeversservicepunt."),
    ("h1", "2. Doelgroep"),
    (
        "p",
        "De nota richt zich op inwoners van 18 jaar tot de pensioenleeftijd die een bijstandsuitkering ontvangen of die zich melden omdat zij hulp zoeken bij het vinden van werk. Van de 1.240 bijstandsgerechtigden is 58 procent vrouw. Ongeveer een derde heeft een migratieachtergrond en een kwart is alleenstaande ouder.",
    ),
    (
        "p",
        "Bij huishoudens met twee partners richten we ons eerst op de man, omdat hij in de meeste gevallen de kostwinner is en de grootste kans op betaald werk heeft. Zodra hij werk heeft gevonden, bekijken we of ook de partner kan worden ondersteund.",
    ),
    (
        "p",
        "Veel moeders in de bijstand zorgen zelf voor hun kinderen en hebben daardoor weinig ruimte voor een traject. Voor hen ligt de nadruk op meedoen in de wijk en op het leren van de Nederlandse taal.",
    ),
    (
        "p",
        "Een deel van de doelgroep heeft te maken met meerdere problemen tegelijk: schulden, gezondheidsklachten, een taalachterstand of een onstabiele woonsituatie. Voor hen werken de klantmanagers samen met het wijkteam en de schuldhulpverlening, zodat eerst de basis op orde komt.",
    ),
    (
        "p",
        "Jongeren tot 27 jaar krijgen een eigen aanpak. Zij worden binnen vier weken na hun melding gesproken en krijgen een aanbod gericht op school, een leerbaan of werk. We werken daarbij samen met het regionaal meld- en coördinatiepunt voortijdig schoolverlaten.",
    ),
    ("h1", "3. Instrumenten"),
    (
        "p",
        "De gemeente zet een breed pakket aan re-integratie-instrumenten in. De klantmanager stelt samen met de inwoner vast welke instrumenten passen. Hieronder beschrijven we de belangrijkste.",
    ),
    ("h2", "3.1 Werkfit-trajecten"),
    (
        "p",
        "Een werkfit-traject duurt maximaal zes maanden en bestaat uit trainingen in werknemersvaardigheden, een sollicitatietraining en een stage bij een werkgever. Voor vrouwen uit de doelgroep zetten we vooral in op trajecten in de thuiszorg en de schoonmaak, omdat daar veel vraag is naar personeel.",
    ),
    (
        "p",
        "Het leerwerkbedrijf Hoogwater Werkt biedt mannen een opleiding in de bouw en de metaal, met een baangarantie bij de deelnemende bedrijven. Deze trajecten hebben de afgelopen jaren goede resultaten opgeleverd.",
    ),
    ("h2", "3.2 Loonkostensubsidie en proefplaatsing"),
    (
        "p",
        "Werkgevers die iemand met een verminderde loonwaarde in dienst nemen, kunnen loonkostensubsidie ontvangen. Daarnaast is een proefplaatsing van maximaal drie maanden mogelijk, waarin de inwoner met behoud van uitkering bij de werkgever aan de slag gaat. De werkgever beoordeelt na afloop of een arbeidsovereenkomst volgt.",
    ),
    ("h2", "3.3 Taal en meedoen"),
    (
        "p",
        "Inwoners die de Nederlandse taal onvoldoende beheersen, kunnen deelnemen aan taallessen in de bibliotheek en in buurthuizen. Het aanbod bestaat uit lessen overdag en 's avonds, in groepen van maximaal twaalf deelnemers. Voor inwoners die nog niet aan betaald werk toe zijn, is er vrijwilligerswerk via het vrijwilligerssteunpunt.",
    ),
    ("h2", "3.4 Ontheffingen"),
    (
        "p",
        "Voor alleenstaande moeders met jonge kinderen geldt in de regel een vrijstelling van de sollicitatieplicht, tot het jongste kind naar de basisschool gaat. De klantmanager legt dit vast in het plan van aanpak en bespreekt jaarlijks of de situatie is veranderd.",
    ),
    ("h1", "4. Uitvoering"),
    (
        "p",
        "De uitvoering ligt bij het team Werk en Inkomen. Iedere inwoner heeft een vaste klantmanager. De klantmanagers voeren jaarlijks met iedere inwoner een gesprek over de voortgang en passen het plan van aanpak aan waar dat nodig is. Brieven en uitnodigingen worden verstuurd aan het hoofd van het huishouden.",
    ),
    (
        "p",
        "We willen af van het idee dat alleen de kostwinner begeleiding nodig heeft; daarom kijkt de klantmanager bij de jaarlijkse herbeoordeling ook naar de wensen van de partner.",
    ),
    (
        "p",
        "Het werkgeversservicepunt is het aanspreekpunt voor werkgevers. Accountmanagers bezoeken bedrijven, halen vacatures op en zoeken daar kandidaten bij. We maken afspraken met werkgevers in de bouw, de logistiek en de zorg over het aannemen van inwoners uit de bijstand.",
    ),
    (
        "p",
        "Na plaatsing is een jobcoach beschikbaar voor inwoners die dat nodig hebben. De jobcoach begeleidt de werknemer en de werkgever gedurende het eerste halfjaar.",
    ),
    ("h2", "4.1 Monitoring"),
    (
        "p",
        "We monitoren de uitstroom per kwartaal en rapporteren jaarlijks aan de gemeenteraad. In de rapportage nemen we het aantal trajecten, de uitstroom naar werk en het aantal inwoners met een ontheffing op. Na twee jaar volgt een tussentijdse evaluatie door een extern bureau.",
    ),
    (
        "p",
        "Inwoners worden bij de evaluatie betrokken via een klantenpanel. Het panel komt vier keer per jaar bijeen en adviseert het college gevraagd en ongevraagd over de uitvoering.",
    ),
    ("h1", "5. Financiën"),
    (
        "p",
        "Voor de uitvoering van deze nota is jaarlijks het volgende budget beschikbaar. De middelen komen uit het participatiebudget van het Rijk, aangevuld met een eigen bijdrage van de gemeente.",
    ),
    (
        "table",
        [
            ["Onderdeel", "Budget per jaar"],
            ["Werkfit-trajecten", "EUR 1.150.000"],
            ["Leerwerkbedrijf Hoogwater Werkt", "EUR 820.000"],
            ["Loonkostensubsidie", "EUR 1.400.000"],
            ["Taallessen en vrijwilligerssteunpunt", "EUR 310.000"],
            ["Jobcoaching", "EUR 180.000"],
            ["Totaal", "EUR 3.860.000"],
        ],
    ),
    (
        "p",
        "Het college verwacht dat de investering zich deels terugverdient doordat meer inwoners uitstromen uit de bijstand. Bij een uitstroom van 250 inwoners per jaar bedraagt de besparing op de uitkeringslasten naar schatting 3,2 miljoen euro per jaar.",
    ),
    (
        "p",
        "Eventuele meevallers op het participatiebudget worden gereserveerd voor de verlenging van succesvolle trajecten. Tekorten worden opgevangen binnen de begroting van het sociaal domein.",
    ),
]


def build_docx(path: Path) -> None:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    props = document.core_properties
    props.title, props.author = TITLE, "Gemeente Hoogwater"
    props.created = props.modified = FIXED_DATE.replace(tzinfo=None)
    document.styles["Normal"].font.size = Pt(11)
    for kind, value in CONTENT:
        if kind == "title":
            document.add_heading(str(value), level=0)
        elif kind in ("h1", "h2"):
            document.add_heading(str(value), level=1 if kind == "h1" else 2)
        elif kind == "li":
            document.add_paragraph(str(value), style="List Bullet")
        elif kind == "table":
            rows = value
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        else:
            document.add_paragraph(str(value))
    document.save(path)


def build_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(TITLE)
    pdf.set_author("Gemeente Hoogwater")
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()
    for kind, value in CONTENT:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 20)
            pdf.multi_cell(0, 10, str(value))
            pdf.ln(6)
        elif kind in ("h1", "h2"):
            if kind == "h1" and pdf.get_y() > 60:
                pdf.add_page()
            pdf.set_font("Helvetica", "B", 15 if kind == "h1" else 12.5)
            pdf.multi_cell(0, 8, str(value))
            pdf.ln(2)
        elif kind == "li":
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, "- " + str(value))
            pdf.ln(1.5)
        elif kind == "table":
            pdf.set_font("Helvetica", "", 11)
            with pdf.table(col_widths=(110, 50), text_align=("LEFT", "RIGHT")) as table:
                for row in value:
                    table.row(row)
            pdf.ln(4)
        else:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, str(value))
            pdf.ln(4)
    pdf.output(str(path))


def main() -> None:
    build_docx(HERE / f"{STEM}.docx")
    build_pdf(HERE / f"{STEM}.pdf")
    print(f"wrote {STEM}.docx and {STEM}.pdf in {HERE}")


if __name__ == "__main__":
    main()
