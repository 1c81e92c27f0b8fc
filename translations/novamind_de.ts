<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>That patient is not available to you.</source>
        <translation>Auf diesen Patientendatensatz haben Sie keinen Zugriff.</translation>
    </message>
    <message>
        <source>Emergency access is for clinicians; your role cannot use it.</source>
        <translation>Der Notfallzugriff ist Behandelnden vorbehalten; Ihre Rolle kann ihn nicht nutzen.</translation>
    </message>
    <message numerus="yes">
        <source>Emergency access needs a reason of at least %n characters.</source>
        <translation>
            <numerusform>Für den Notfallzugriff ist eine Begründung mit mindestens %n Zeichen erforderlich.</numerusform>
            <numerusform>Für den Notfallzugriff ist eine Begründung mit mindestens %n Zeichen erforderlich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency access lasts between 1 minute and %1 hours.</source>
        <translation>Der Notfallzugriff dauert zwischen 1 Minute und %1 Stunden.</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>This assessment is signed and can no longer change; amend it instead.</source>
        <translation>Diese Erhebung ist signiert und kann nicht mehr geändert werden; legen Sie stattdessen einen Nachtrag an.</translation>
    </message>
    <message>
        <source>Only the clinician who started a draft can change it.</source>
        <translation>Nur wer einen Entwurf begonnen hat, kann ihn ändern.</translation>
    </message>
    <message>
        <source>That assessment does not exist on this device.</source>
        <translation>Diese Erhebung ist auf diesem Gerät nicht vorhanden.</translation>
    </message>
    <message>
        <source>This assessment is already signed.</source>
        <translation>Diese Erhebung ist bereits signiert.</translation>
    </message>
    <message>
        <source>Only the clinician who entered an assessment can sign it.</source>
        <translation>Nur wer eine Erhebung erfasst hat, kann sie signieren.</translation>
    </message>
    <message>
        <source>Answer every item before signing; this instrument has no total without them.</source>
        <translation>Beantworten Sie vor dem Signieren alle Items; ohne sie ergibt dieses Instrument keinen Gesamtwert.</translation>
    </message>
    <message>
        <source>That draft no longer exists.</source>
        <translation>Dieser Entwurf existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Only the clinician who started a draft can delete it.</source>
        <translation>Nur wer einen Entwurf begonnen hat, kann ihn löschen.</translation>
    </message>
    <message>
        <source>The suicide item is positive or unanswered; acknowledge the alert before signing.</source>
        <translation>Die Suizid-Frage ist positiv oder unbeantwortet; bestätigen Sie den Hinweis vor dem Unterschreiben.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>The disk is full; %1 was left unchanged.</source>
        <translation>Der Datenträger ist voll; %1 wurde nicht verändert.</translation>
    </message>
    <message>
        <source>No permission to write %1; it was left unchanged.</source>
        <translation>Keine Schreibberechtigung für %1; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not write %1; it was left unchanged.</source>
        <translation>%1 konnte nicht geschrieben werden; die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>AuditBatch</name>
    <message>
        <source>device_id must be a string of 1 to %1 characters.</source>
        <translation>device_id muss eine Zeichenkette mit 1 bis %1 Zeichen sein.</translation>
    </message>
    <message>
        <source>device_id must not contain control characters.</source>
        <translation>device_id darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>entries must be an array.</source>
        <translation>entries muss ein Array sein.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1.seq must be a whole number of at least 1.</source>
        <translation>%1.seq muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <source>%1.%2 must be a string.</source>
        <translation>%1.%2 muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1.%2 must be Unicode text without NUL characters.</source>
        <translation>%1.%2 muss Unicode-Text ohne NUL-Zeichen sein.</translation>
    </message>
    <message>
        <source>%1.prev_hash must be 64 lower-case hexadecimal digits.</source>
        <translation>%1.prev_hash muss aus 64 hexadezimalen Ziffern in Kleinbuchstaben bestehen.</translation>
    </message>
    <message>
        <source>%1.hash must be 64 lower-case hexadecimal digits.</source>
        <translation>%1.hash muss aus 64 hexadezimalen Ziffern in Kleinbuchstaben bestehen.</translation>
    </message>
    <message>
        <source>%1.seq must be greater than the seq of the entry before it.</source>
        <translation>%1.seq muss größer sein als die seq des vorhergehenden Eintrags.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 is missing: the chain jumps from %2 to %3.</source>
        <translation>Audit-Eintrag %1 fehlt: Die Kette springt von %2 auf %3.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not link to the entry before it.</source>
        <translation>Audit-Eintrag %1 ist nicht mit dem vorhergehenden Eintrag verknüpft.</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered: its hash does not match its contents.</source>
        <translation>Audit-Eintrag %1 wurde verändert: Sein Hash stimmt nicht mit seinem Inhalt überein.</translation>
    </message>
    <message>
        <source>The audit trail was cut short: entry %1 onwards is missing, although the server acknowledged entries up to %2.</source>
        <translation>Das Audit-Protokoll ist unvollständig: Die Einträge ab %1 fehlen, obwohl der Server Einträge bis %2 bestätigt hat.</translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the one the server acknowledged.</source>
        <translation>Audit-Eintrag %1 weicht von dem Eintrag ab, den der Server bestätigt hat.</translation>
    </message>
</context>
<context>
    <name>AuditShipper</name>
    <message>
        <source>The server&apos;s copy of this replica&apos;s audit trail does not match the local one; contact your administrator.</source>
        <translation>Die Kopie des Audit-Protokolls dieses Replikats auf dem Server stimmt nicht mit der lokalen überein; wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>The sync server acknowledged audit entries that differ from the ones this replica sent.</source>
        <translation>Der Synchronisierungsserver hat Audit-Einträge bestätigt, die von den von diesem Replikat gesendeten abweichen.</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>The server sent changes this device could not apply; nothing of them was kept. Try syncing again, and tell your administrator if this repeats.</source>
        <translation>Der Server hat Änderungen gesendet, die dieses Gerät nicht anwenden konnte; keine davon wurde übernommen. Synchronisieren Sie erneut und informieren Sie Ihre Administration, wenn das wieder vorkommt.</translation>
    </message>
</context>
<context>
    <name>ClinicalStyle</name>
    <message>
        <source>Below cut-off</source>
        <translation>Unter dem Cut-off</translation>
    </message>
    <message>
        <source>Dependence symptoms</source>
        <translation>Abhängigkeitssymptome</translation>
    </message>
    <message>
        <source>Harmful</source>
        <translation>Schädlich</translation>
    </message>
    <message>
        <source>Harmful use</source>
        <translation>Schädlicher Gebrauch</translation>
    </message>
    <message>
        <source>Hazardous</source>
        <translation>Riskant</translation>
    </message>
    <message>
        <source>Hazardous use</source>
        <translation>Riskanter Konsum</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risikoarm</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittelgradig</translation>
    </message>
    <message>
        <source>Moderately severe</source>
        <translation>Ausgeprägt</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Possible dependence</source>
        <translation>Mögliche Abhängigkeit</translation>
    </message>
    <message>
        <source>Probable PTSD</source>
        <translation>Wahrscheinliche PTBS</translation>
    </message>
    <message>
        <source>Provisional PTSD</source>
        <translation>Vorläufige PTBS</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Suicide item unanswered</source>
        <translation>Suizid-Item unbeantwortet</translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation>Suizidrisiko</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>risk level</comment>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Moderate</source>
        <comment>risk level</comment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <comment>risk level</comment>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Imminent</source>
        <comment>risk level</comment>
        <translation>Akut</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>CohortImporter</name>
    <message numerus="yes">
        <source>This replica already holds %n patients; seed-demo fills only an empty one.</source>
        <translation>
            <numerusform>Dieses Replikat enthält bereits %n Patienten; seed-demo befüllt nur ein leeres Replikat.</numerusform>
            <numerusform>Dieses Replikat enthält bereits %n Patienten; seed-demo befüllt nur ein leeres Replikat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>That conflict has already been resolved.</source>
        <translation>Dieser Konflikt wurde bereits gelöst.</translation>
    </message>
    <message>
        <source>The merged record must keep the record&apos;s id and patient.</source>
        <translation>Der zusammengeführte Datensatz muss die ID und den Patienten des Datensatzes beibehalten.</translation>
    </message>
    <message>
        <source>The server no longer holds this patient; patients cannot be re-created from this device. Take the server&apos;s version.</source>
        <translation>Der Server führt diesen Patienten nicht mehr; Patienten können von diesem Gerät aus nicht neu angelegt werden. Übernehmen Sie die Version des Servers.</translation>
    </message>
    <message>
        <source>Merging needs the merged record.</source>
        <translation>Zum Zusammenführen wird der zusammengeführte Datensatz benötigt.</translation>
    </message>
</context>
<context>
    <name>CppRestTransport</name>
    <message>
        <source>The certificate pin must be a SHA-256 digest: &quot;sha256//&quot; followed by base64, plain base64, or 64 hexadecimal digits.</source>
        <translation>Der Zertifikats-Pin muss ein SHA-256-Hashwert sein: „sha256//“ gefolgt von Base64, reines Base64 oder 64 hexadezimale Ziffern.</translation>
    </message>
</context>
<context>
    <name>CtlOptions</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Option --%1 takes no value.</source>
        <translation>Die Option --%1 erwartet keinen Wert.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unbekannte Option --%1.</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>Die Option --%1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>Option --%1 is given twice.</source>
        <translation>Die Option --%1 wurde zweimal angegeben.</translation>
    </message>
    <message>
        <source>Option --%1 is required.</source>
        <translation>Die Option --%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database key has the wrong length.</source>
        <translation>Der Datenbankschlüssel hat die falsche Länge.</translation>
    </message>
    <message>
        <source>There is no replica database at %1.</source>
        <translation>Unter %1 gibt es keine Replikat-Datenbank.</translation>
    </message>
    <message>
        <source>A file already exists at %1.</source>
        <translation>Unter %1 existiert bereits eine Datei.</translation>
    </message>
    <message>
        <source>The replica database&apos;s permissions could not be restricted.</source>
        <translation>Die Zugriffsrechte der Replikat-Datenbank konnten nicht eingeschränkt werden.</translation>
    </message>
    <message>
        <source>The replica could not switch to write-ahead logging.</source>
        <translation>Das Replikat konnte nicht auf Write-Ahead-Logging umgestellt werden.</translation>
    </message>
</context>
<context>
    <name>EmergencyAccess</name>
    <message>
        <source>Enter the patient&apos;s MRN.</source>
        <translation>Geben Sie die Patientennummer (MRN) ein.</translation>
    </message>
    <message>
        <source>Emergency access is for clinicians; your role cannot use it.</source>
        <translation>Der Notfallzugriff ist Behandelnden vorbehalten; Ihre Rolle kann ihn nicht nutzen.</translation>
    </message>
    <message>
        <source>No patient with that MRN is in this replica.</source>
        <translation>In diesem Replikat gibt es keinen Patienten mit dieser MRN.</translation>
    </message>
</context>
<context>
    <name>EntityTables</name>
    <message>
        <source>The record is of a type this version does not know.</source>
        <translation>Der Datensatz hat einen Typ, den diese Version nicht kennt.</translation>
    </message>
</context>
<context>
    <name>FhirResponseReader</name>
    <message>
        <source>The file is not FHIR JSON; expected a QuestionnaireResponse or a Bundle.</source>
        <translation>Die Datei ist kein FHIR-JSON; erwartet wird eine QuestionnaireResponse oder ein Bundle.</translation>
    </message>
    <message>
        <source>The file holds a FHIR %1; expected a QuestionnaireResponse or a Bundle of them.</source>
        <translation>Die Datei enthält eine FHIR-Ressource %1; erwartet wird eine QuestionnaireResponse oder ein Bundle davon.</translation>
    </message>
    <message>
        <source>document without resourceType</source>
        <translation>Dokument ohne resourceType</translation>
    </message>
    <message>
        <source>The bundle holds no QuestionnaireResponse to import.</source>
        <translation>Das Bundle enthält keine QuestionnaireResponse zum Importieren.</translation>
    </message>
    <message>
        <source>Questionnaire response %1 answers a questionnaire this app does not support (%2); supported are %3.</source>
        <translation>Die Fragebogenantwort %1 beantwortet einen Fragebogen, den diese App nicht unterstützt (%2); unterstützt werden %3.</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>keiner angegeben</translation>
    </message>
    <message>
        <source>Questionnaire response %1 is not completed (status “%2”); only completed ones are imported.</source>
        <translation>Die Fragebogenantwort %1 ist nicht abgeschlossen (Status „%2“); nur abgeschlossene werden importiert.</translation>
    </message>
    <message>
        <source>Questionnaire response %1 names no patient this app can match; its subject must be Patient/&lt;id&gt; or a Patient entry of the same bundle.</source>
        <translation>Die Fragebogenantwort %1 nennt keinen Patienten, den diese App zuordnen kann; ihr subject muss Patient/&lt;id&gt; oder ein Patient-Eintrag desselben Bundles sein.</translation>
    </message>
    <message>
        <source>Questionnaire response %1 has an item “%2” that %3 does not have.</source>
        <translation>Die Fragebogenantwort %1 enthält ein Item „%2“, das %3 nicht hat.</translation>
    </message>
    <message>
        <source>Questionnaire response %1 answers item “%2” more than once.</source>
        <translation>Die Fragebogenantwort %1 beantwortet das Item „%2“ mehr als einmal.</translation>
    </message>
    <message>
        <source>Questionnaire response %1 leaves item “%2” unanswered; every item is needed to score it.</source>
        <translation>Die Fragebogenantwort %1 lässt das Item „%2“ unbeantwortet; zur Auswertung wird jedes Item benötigt.</translation>
    </message>
    <message>
        <source>Questionnaire response %1 answers item “%2” with a value %3 does not allow.</source>
        <translation>Die Fragebogenantwort %1 beantwortet das Item „%2“ mit einem Wert, den %3 nicht zulässt.</translation>
    </message>
</context>
<context>
    <name>InstrumentLibrary</name>
    <message>
        <source>Unknown instrument “%1”: use one of %2.</source>
        <translation>Unbekanntes Instrument „%1“: Verwenden Sie eines der folgenden: %2.</translation>
    </message>
    <message>
        <source>Answer %1 (item %1, “%2”) must be one of %3; got %4.</source>
        <translation>Antwort %1 (Item %1, „%2“) muss einer der Werte %3 sein; erhalten: %4.</translation>
    </message>
    <message>
        <source>Unknown sex “%1”: use female or male.</source>
        <translation>Unbekanntes Geschlecht „%1“: Verwenden Sie female oder male.</translation>
    </message>
    <message>
        <source>%1 cut-offs differ by sex: give the patient&apos;s sex (female or male).</source>
        <translation>Die Cut-off-Werte von %1 unterscheiden sich nach Geschlecht: Geben Sie das Geschlecht des Patienten an (female oder male).</translation>
    </message>
    <message>
        <source>%1 has %2 items; got %3 answer.</source>
        <translation>%1 hat %2 Items; erhalten: %3 Antwort.</translation>
    </message>
    <message>
        <source>%1 has %2 items; got %3 answers.</source>
        <translation>%1 hat %2 Items; erhalten: %3 Antworten.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The instrument definition %1 is invalid: %2.</source>
        <translation>Die Instrumentdefinition %1 ist ungültig: %2.</translation>
    </message>
    <message>
        <source>%1 has no answer options</source>
        <translation>%1 hat keine Antwortoptionen</translation>
    </message>
    <message>
        <source>%1 has an answer without a non-negative integer score</source>
        <translation>%1 hat eine Antwort ohne nichtnegativen ganzzahligen Punktwert</translation>
    </message>
    <message>
        <source>%1 has an answer without a label</source>
        <translation>%1 hat eine Antwort ohne Beschriftung</translation>
    </message>
    <message>
        <source>%1 has two answers scored %2</source>
        <translation>%1 hat zwei Antworten mit dem Punktwert %2</translation>
    </message>
    <message>
        <source>%1 has a malformed LOINC answer code “%2”</source>
        <translation>%1 hat einen fehlerhaften LOINC-Antwortcode „%2“</translation>
    </message>
    <message>
        <source>%1 lists no items</source>
        <translation>%1 führt keine Items auf</translation>
    </message>
    <message>
        <source>%1 names an unknown item “%2”</source>
        <translation>%1 nennt ein unbekanntes Item „%2“</translation>
    </message>
    <message>
        <source>%1 names item “%2” twice</source>
        <translation>%1 nennt das Item „%2“ zweimal</translation>
    </message>
    <message>
        <source>option set “%1”</source>
        <translation>Optionssatz „%1“</translation>
    </message>
    <message>
        <source>it has no items</source>
        <translation>sie enthält keine Items</translation>
    </message>
    <message>
        <source>item “%1”</source>
        <translation>Item „%1“</translation>
    </message>
    <message>
        <source>an item id “%1” is not lower snake case</source>
        <translation>eine Item-ID „%1“ ist nicht in lower_snake_case geschrieben</translation>
    </message>
    <message>
        <source>item id “%1” is used twice</source>
        <translation>die Item-ID „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>%1 has no text</source>
        <translation>%1 hat keinen Text</translation>
    </message>
    <message>
        <source>%1 has an invalid LOINC code “%2”</source>
        <translation>%1 hat einen ungültigen LOINC-Code „%2“</translation>
    </message>
    <message>
        <source>%1 uses an unknown option set “%2”</source>
        <translation>%1 verwendet einen unbekannten Optionssatz „%2“</translation>
    </message>
    <message>
        <source>band “%1” has no valid min and max</source>
        <translation>der Bereich „%1“ hat keine gültigen Werte für min und max</translation>
    </message>
    <message>
        <source>band name “%1” is not lower snake case</source>
        <translation>der Bereichsname „%1“ ist nicht in lower_snake_case geschrieben</translation>
    </message>
    <message>
        <source>band “%1” has an unknown sex “%2”</source>
        <translation>der Bereich „%1“ hat ein unbekanntes Geschlecht „%2“</translation>
    </message>
    <message>
        <source>it has no bands</source>
        <translation>sie enthält keine Bereiche</translation>
    </message>
    <message>
        <source>it mixes sex-specific and general bands</source>
        <translation>sie mischt geschlechtsspezifische und allgemeine Bereiche</translation>
    </message>
    <message>
        <source>the bands leave a gap or overlap at %1</source>
        <translation>die Bereiche haben bei %1 eine Lücke oder Überschneidung</translation>
    </message>
    <message>
        <source>the bands do not end at the highest total, %1</source>
        <translation>die Bereiche enden nicht beim höchsten Gesamtwert (%1)</translation>
    </message>
    <message>
        <source>its total rule is not “sum”</source>
        <translation>ihre Gesamtwertregel ist nicht „sum“</translation>
    </message>
    <message>
        <source>its prorating rule needs maxMissing between 1 and the item count less one</source>
        <translation>ihre Hochrechnungsregel erfordert maxMissing zwischen 1 und der Item-Anzahl minus eins</translation>
    </message>
    <message>
        <source>its prorating rounding is not half_up</source>
        <translation>ihre Rundung bei der Hochrechnung ist nicht half_up</translation>
    </message>
    <message>
        <source>its prorating rule cites no source</source>
        <translation>ihre Hochrechnungsregel nennt keine Quelle</translation>
    </message>
    <message>
        <source>its missing-answer rule “%1” is unknown</source>
        <translation>ihre Regel für fehlende Antworten „%1“ ist unbekannt</translation>
    </message>
    <message>
        <source>subscale name “%1” is not lower snake case</source>
        <translation>der Subskalenname „%1“ ist nicht in lower_snake_case geschrieben</translation>
    </message>
    <message>
        <source>subscale “%1” is defined twice</source>
        <translation>die Subskala „%1“ ist zweimal definiert</translation>
    </message>
    <message>
        <source>subscale “%1”</source>
        <translation>Subskala „%1“</translation>
    </message>
    <message>
        <source>flag “%1”</source>
        <translation>Hinweis „%1“</translation>
    </message>
    <message>
        <source>flag name “%1” is not lower snake case</source>
        <translation>der Hinweisname „%1“ ist nicht in lower_snake_case geschrieben</translation>
    </message>
    <message>
        <source>flag “%1” is defined twice</source>
        <translation>der Hinweis „%1“ ist zweimal definiert</translation>
    </message>
    <message>
        <source>%1 has no groups</source>
        <translation>%1 hat keine Gruppen</translation>
    </message>
    <message>
        <source>%1 has a group whose min is not between 1 and its item count</source>
        <translation>%1 hat eine Gruppe, deren min nicht zwischen 1 und ihrer Item-Anzahl liegt</translation>
    </message>
    <message>
        <source>%1 has an unknown rule “%2”</source>
        <translation>%1 hat eine unbekannte Regel „%2“</translation>
    </message>
    <message>
        <source>%1 has a threshold outside the scores of item “%2”</source>
        <translation>%1 hat einen Schwellenwert außerhalb der Punktwerte von Item „%2“</translation>
    </message>
    <message>
        <source>it is not a JSON object (%1)</source>
        <translation>sie ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>its id “%1” is not lower-case letters and digits</source>
        <translation>ihre ID „%1“ besteht nicht nur aus Kleinbuchstaben und Ziffern</translation>
    </message>
    <message>
        <source>it has no name or short name</source>
        <translation>sie hat keinen Namen oder Kurznamen</translation>
    </message>
    <message>
        <source>it cites no source</source>
        <translation>sie nennt keine Quelle</translation>
    </message>
    <message>
        <source>it states no licence</source>
        <translation>sie gibt keine Lizenz an</translation>
    </message>
    <message>
        <source>its panel LOINC code “%1” is invalid</source>
        <translation>ihr Panel-LOINC-Code „%1“ ist ungültig</translation>
    </message>
    <message>
        <source>its total LOINC code “%1” is invalid</source>
        <translation>ihr LOINC-Code für den Gesamtwert „%1“ ist ungültig</translation>
    </message>
    <message>
        <source>Cannot read the instrument definition %1.</source>
        <translation>Die Instrumentdefinition %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The instrument “%1” is defined twice.</source>
        <translation>Das Instrument „%1“ ist zweimal definiert.</translation>
    </message>
</context>
<context>
    <name>KeyVault</name>
    <message>
        <source>“%1” is not a valid user id: use letters, digits and . _ @ -.</source>
        <translation>„%1“ ist keine gültige Benutzer-ID: Verwenden Sie Buchstaben, Ziffern und . _ @ -.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters long.</source>
        <translation>
            <numerusform>Die Passphrase muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Die Passphrase muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key derivation parameters are out of range.</source>
        <translation>Die Parameter der Schlüsselableitung liegen außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Der Zufallszahlengenerator des Systems ist ausgefallen.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed.</source>
        <translation>Die Ableitung des Schlüssels aus der Passphrase ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Wrapping the database key failed.</source>
        <translation>Das Verschlüsseln (Wrapping) des Datenbankschlüssels ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The key file %1 is missing, so the replica cannot be unlocked.</source>
        <translation>Die Schlüsseldatei %1 fehlt, daher kann das Replikat nicht entsperrt werden.</translation>
    </message>
    <message>
        <source>The key file %1 could not be read.</source>
        <translation>Die Schlüsseldatei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged (it is far too large).</source>
        <translation>Die Schlüsseldatei %1 ist beschädigt (sie ist viel zu groß).</translation>
    </message>
    <message>
        <source>The key file %1 is damaged (%2).</source>
        <translation>Die Schlüsseldatei %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>it is not valid JSON; it may be truncated</source>
        <translation>sie ist kein gültiges JSON; möglicherweise ist sie abgeschnitten</translation>
    </message>
    <message>
        <source>it is not a Novamind key file</source>
        <translation>sie ist keine Novamind-Schlüsseldatei</translation>
    </message>
    <message>
        <source>The key file %1 was written by a newer version of Novamind; update Novamind to open it.</source>
        <translation>Die Schlüsseldatei %1 wurde von einer neueren Version von Novamind geschrieben; aktualisieren Sie Novamind, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>unbekannte Formatversion</translation>
    </message>
    <message>
        <source>the replica id is missing</source>
        <translation>die Replikat-ID fehlt</translation>
    </message>
    <message>
        <source>the key slots are missing</source>
        <translation>die Schlüssel-Slots fehlen</translation>
    </message>
    <message>
        <source>a key slot has no valid user id</source>
        <translation>ein Schlüssel-Slot hat keine gültige Benutzer-ID</translation>
    </message>
    <message>
        <source>the key slot of %1 has unsupported key derivation parameters</source>
        <translation>der Schlüssel-Slot von %1 hat nicht unterstützte Parameter der Schlüsselableitung</translation>
    </message>
    <message>
        <source>the key slot of %1 is malformed</source>
        <translation>der Schlüssel-Slot von %1 ist fehlerhaft</translation>
    </message>
    <message>
        <source>user %1 has two key slots</source>
        <translation>Benutzer %1 hat zwei Schlüssel-Slots</translation>
    </message>
    <message>
        <source>The key file %1 has no key slots left; the replica has been erased.</source>
        <translation>Die Schlüsseldatei %1 enthält keine Schlüssel-Slots mehr; das Replikat wurde gelöscht.</translation>
    </message>
    <message>
        <source>User %1 has no key for this replica.</source>
        <translation>Benutzer %1 hat keinen Schlüssel für dieses Replikat.</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong, or that user&apos;s key slot has been damaged.</source>
        <translation>Die Passphrase für %1 ist falsch, oder der Schlüssel-Slot dieses Benutzers ist beschädigt.</translation>
    </message>
    <message>
        <source>User %1 already has a key for this replica.</source>
        <translation>Benutzer %1 hat bereits einen Schlüssel für dieses Replikat.</translation>
    </message>
    <message>
        <source>%1 holds the last key; removing it would erase the replica for good.</source>
        <translation>%1 besitzt den letzten Schlüssel; ihn zu entfernen, würde das Replikat endgültig löschen.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This replica was made by a newer version of Novamind (schema %1; this version knows up to %2). Update Novamind to open it.</source>
        <translation>Dieses Replikat wurde von einer neueren Version von Novamind erstellt (Schema %1; diese Version kennt Schemata bis %2). Aktualisieren Sie Novamind, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Schema migration %1 (%2) differs from the one applied to this replica; refusing to open it with a modified schema.</source>
        <translation>Die Schemamigration %1 (%2) weicht von der auf dieses Replikat angewendeten ab; ein Replikat mit verändertem Schema wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>Upgrading the replica to schema %1 failed; it was left at the previous version.</source>
        <translation>Die Aktualisierung des Replikats auf Schema %1 ist fehlgeschlagen; es verbleibt auf der vorherigen Version.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The server&apos;s answer did not match what was sent; nothing was recorded.</source>
        <translation>Die Antwort des Servers passte nicht zu dem, was gesendet wurde; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>That change is no longer waiting to be retried.</source>
        <translation>Diese Änderung wartet nicht mehr auf einen erneuten Versuch.</translation>
    </message>
</context>
<context>
    <name>PatientDeletion</name>
    <message>
        <source>That patient is not among your deleted patients.</source>
        <translation>Dieser Patient ist nicht unter Ihren gelöschten Patienten.</translation>
    </message>
    <message>
        <source>Deleting a patient is a clinical decision; your role cannot do it.</source>
        <translation>Einen Patienten zu löschen ist eine klinische Entscheidung; Ihre Rolle kann das nicht.</translation>
    </message>
    <message>
        <source>Deleting a patient needs a reason of %1 to %2 characters.</source>
        <translation>Zum Löschen eines Patienten ist eine Begründung von %1 bis %2 Zeichen nötig.</translation>
    </message>
</context>
<context>
    <name>PatientRecordRows</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Latest response</source>
        <translation>Letztes Ansprechen</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Unbefristet</translation>
    </message>
</context>
<context>
    <name>PatientRemoval</name>
    <message numerus="yes">
        <source>This patient has %n change(s) not yet sent to the server; removing the patient would lose them. Sync first, or confirm that they may be lost.</source>
        <translation>
            <numerusform>Dieser Patient hat %n Änderung, die noch nicht an den Server gesendet wurde; beim Entfernen ginge sie verloren. Synchronisieren Sie zuerst oder bestätigen Sie, dass sie verloren gehen darf.</numerusform>
            <numerusform>Dieser Patient hat %n Änderungen, die noch nicht an den Server gesendet wurden; beim Entfernen gingen sie verloren. Synchronisieren Sie zuerst oder bestätigen Sie, dass sie verloren gehen dürfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientRemovalPrompt</name>
    <message>
        <source>Remove patient from this device</source>
        <translation>Patient von diesem Gerät entfernen</translation>
    </message>
    <message>
        <source>Remove this patient from this device?</source>
        <translation>Diesen Patienten von diesem Gerät entfernen?</translation>
    </message>
    <message>
        <source>All of the patient&apos;s records on this device (details, notes, medications, assessments, twin data) are deleted and wiped from the disk. The server keeps them: they come back with a later sync while you are still in this patient&apos;s care. The removal is recorded in the audit trail.</source>
        <translation>Alle Datensätze des Patienten auf diesem Gerät (Stammdaten, Notizen, Medikation, Bewertungen, Zwillingsdaten) werden gelöscht und von der Festplatte getilgt. Der Server behält sie: Sie kommen mit einer späteren Synchronisierung zurück, solange Sie diesen Patienten noch betreuen. Das Entfernen wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to this patient not yet sent to the server will be lost for good.</source>
        <translation>
            <numerusform>%n noch nicht an den Server gesendete Änderung an diesem Patienten geht endgültig verloren.</numerusform>
            <numerusform>%n noch nicht an den Server gesendete Änderungen an diesem Patienten gehen endgültig verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from this device</source>
        <translation>Von diesem Gerät entfernen</translation>
    </message>
    <message>
        <source>I understand that the unsent changes will be lost</source>
        <translation>Mir ist bewusst, dass die nicht gesendeten Änderungen verloren gehen</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>That record is not available to you.</source>
        <translation>Auf diesen Datensatz haben Sie keinen Zugriff.</translation>
    </message>
    <message>
        <source>Assessments are entered and signed in the assessment form; a signed one is corrected by amending it.</source>
        <translation>Erhebungen werden im Erfassungsformular erfasst und signiert; eine signierte Erhebung wird durch einen Nachtrag korrigiert.</translation>
    </message>
    <message>
        <source>This kind of record cannot be changed here.</source>
        <translation>Diese Art von Datensatz kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Your role cannot change clinical records.</source>
        <translation>Ihre Rolle kann keine klinischen Datensätze ändern.</translation>
    </message>
    <message>
        <source>This record differs from the server&apos;s version; resolve that conflict before changing it.</source>
        <translation>Dieser Datensatz weicht von der Version des Servers ab; lösen Sie diesen Konflikt, bevor Sie ihn ändern.</translation>
    </message>
    <message>
        <source>A record with this id already exists.</source>
        <translation>Ein Datensatz mit dieser ID existiert bereits.</translation>
    </message>
    <message>
        <source>A record cannot move to another patient.</source>
        <translation>Ein Datensatz kann nicht einem anderen Patienten zugeordnet werden.</translation>
    </message>
</context>
<context>
    <name>RecordMapping</name>
    <message>
        <source>This record type is unknown.</source>
        <translation>Dieser Datensatztyp ist unbekannt.</translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>A replica already exists at %1; refusing to overwrite it without --force.</source>
        <translation>Unter %1 existiert bereits ein Replikat; ohne --force wird es nicht überschrieben.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>There is no replica at %1.</source>
        <translation>Unter %1 gibt es kein Replikat.</translation>
    </message>
    <message>
        <source>The replica database %1 is missing, although its key file exists.</source>
        <translation>Die Replikat-Datenbank %1 fehlt, obwohl ihre Schlüsseldatei vorhanden ist.</translation>
    </message>
    <message>
        <source>The replica database does not belong to this key file.</source>
        <translation>Die Replikat-Datenbank gehört nicht zu dieser Schlüsseldatei.</translation>
    </message>
    <message>
        <source>User %1 holds a key but has no account in this replica.</source>
        <translation>Benutzer %1 besitzt einen Schlüssel, hat aber kein Konto in diesem Replikat.</translation>
    </message>
    <message>
        <source>The replica records an unknown role for %1.</source>
        <translation>Das Replikat verzeichnet eine unbekannte Rolle für %1.</translation>
    </message>
    <message>
        <source>The replica database is damaged: a page failed its integrity check.</source>
        <translation>Die Replikat-Datenbank ist beschädigt: Eine Seite hat die Integritätsprüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>The database failed its integrity check: %1</source>
        <translation>Die Datenbank hat die Integritätsprüfung nicht bestanden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows refer to records that do not exist.</source>
        <translation>
            <numerusform>%n Zeile verweist auf Datensätze, die nicht existieren.</numerusform>
            <numerusform>%n Zeilen verweisen auf Datensätze, die nicht existieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema is at version %1 of %2; open the replica once to upgrade it.</source>
        <translation>Das Schema hat Version %1 von %2; öffnen Sie das Replikat einmal, um es zu aktualisieren.</translation>
    </message>
    <message>
        <source>The key file has a slot for %1, who has no account in the replica.</source>
        <translation>Die Schlüsseldatei enthält einen Slot für %1, doch im Replikat gibt es kein Konto für %1.</translation>
    </message>
    <message>
        <source>The replica is locked.</source>
        <translation>Das Replikat ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>ReplicaScrub</name>
    <message>
        <source>Deleted records could not be wiped from the replica file.</source>
        <translation>Gelöschte Datensätze konnten nicht aus der Replikatdatei getilgt werden.</translation>
    </message>
    <message>
        <source>The removed records are deleted but could not yet be wiped from the disk because another window or program has the replica open; close it and try again.</source>
        <translation>Die entfernten Datensätze sind gelöscht, konnten aber noch nicht von der Festplatte getilgt werden, weil ein anderes Fenster oder Programm das Replikat geöffnet hat; schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>MRN %1</source>
        <translation>MRN %1</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Geboren %1</translation>
    </message>
    <message>
        <source>Sex at birth: %1</source>
        <translation>Geburtsgeschlecht: %1</translation>
    </message>
    <message>
        <source>Current twin state</source>
        <translation>Aktueller Zwillingszustand</translation>
    </message>
    <message>
        <source>No twin state recorded.</source>
        <translation>Kein Zwillingszustand erfasst.</translation>
    </message>
    <message>
        <source>As of %1 (model confidence %2)</source>
        <translation>Stand %1 (Modellkonfidenz %2)</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>Depression</translation>
    </message>
    <message>
        <source>Serotonin</source>
        <translation>Serotonin</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Angst</translation>
    </message>
    <message>
        <source>Dopamine</source>
        <translation>Dopamin</translation>
    </message>
    <message>
        <source>Anhedonia</source>
        <translation>Anhedonie</translation>
    </message>
    <message>
        <source>Norepinephrine</source>
        <translation>Noradrenalin</translation>
    </message>
    <message>
        <source>Insomnia</source>
        <translation>Schlaflosigkeit</translation>
    </message>
    <message>
        <source>GABA</source>
        <translation>GABA</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Glutamate</source>
        <translation>Glutamat</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Acetylcholine</source>
        <translation>Acetylcholin</translation>
    </message>
    <message>
        <source>Social engagement</source>
        <translation>Soziale Teilhabe</translation>
    </message>
    <message>
        <source>Global functioning</source>
        <translation>Globales Funktionsniveau</translation>
    </message>
    <message>
        <source>Medication adherence</source>
        <translation>Medikamentenadhärenz</translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation>Suizidrisiko</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Symptom / behaviour</source>
        <translation>Symptom / Verhalten</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Neurotransmitter / risk</source>
        <translation>Neurotransmitter / Risiko</translation>
    </message>
    <message>
        <source>Latest assessments</source>
        <translation>Letzte Erhebungen</translation>
    </message>
    <message>
        <source>No completed assessments.</source>
        <translation>Keine abgeschlossenen Erhebungen.</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No twin states recorded.</source>
        <translation>Keine Zwillingszustände erfasst.</translation>
    </message>
    <message>
        <source>Active diagnoses: %1</source>
        <translation>Aktive Diagnosen: %1</translation>
    </message>
    <message>
        <source>Active medications</source>
        <translation>Aktuelle Medikation</translation>
    </message>
    <message>
        <source>No active medications.</source>
        <translation>Keine aktuelle Medikation.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>Verlauf der Erhebungen</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>DOB %1</source>
        <translation>Geb. %1</translation>
    </message>
    <message>
        <source>Patient report</source>
        <translation>Patientenbericht</translation>
    </message>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>Gedruckt von %1 am %2</translation>
    </message>
    <message>
        <source>Confidential — contains PHI</source>
        <translation>Vertraulich — enthält Gesundheitsdaten</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The page size leaves no room to print on; choose another paper size.</source>
        <translation>Das Seitenformat lässt keinen Platz zum Drucken; wählen Sie ein anderes Papierformat.</translation>
    </message>
    <message>
        <source>The report could not be rendered.</source>
        <translation>Der Bericht konnte nicht erstellt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n Zustand von %1 bis %2.</numerusform>
            <numerusform>%n Zustände von %1 bis %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment total (fraction of maximum)</source>
        <translation>Erhebungssumme (Anteil am Maximum)</translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation>Medikament begonnen</translation>
    </message>
</context>
<context>
    <name>ReportSource</name>
    <message>
        <source>Your role may not print or export clinical records.</source>
        <translation>Ihre Rolle darf keine klinischen Unterlagen drucken oder exportieren.</translation>
    </message>
</context>
<context>
    <name>SecretReader</name>
    <message>
        <source>Standard input ended before the secret for --%1 was read.</source>
        <translation>Die Standardeingabe endete, bevor das Geheimnis für --%1 gelesen wurde.</translation>
    </message>
    <message>
        <source>The file %1 given to --%2 could not be read.</source>
        <translation>Die für --%2 angegebene Datei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file %1 given to --%2 is too large to hold a passphrase.</source>
        <translation>Die für --%2 angegebene Datei %1 ist zu groß für eine Passphrase.</translation>
    </message>
    <message>
        <source>The secret given to --%1 is empty.</source>
        <translation>Das für --%1 angegebene Geheimnis ist leer.</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Die Synchronisierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sync server is not available right now; try again later.</source>
        <translation>Der Synchronisierungsserver ist gerade nicht verfügbar; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The sync server did not accept the sign-in; check the server user and password.</source>
        <translation>Der Synchronisierungsserver hat die Anmeldung nicht akzeptiert; prüfen Sie Serverbenutzer und Passwort.</translation>
    </message>
    <message>
        <source>The sync server is refusing requests for a while; try again later.</source>
        <translation>Der Synchronisierungsserver lehnt vorübergehend Anfragen ab; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The sync server refused the request (HTTP status %1).</source>
        <translation>Der Synchronisierungsserver hat die Anfrage abgelehnt (HTTP-Status %1).</translation>
    </message>
    <message>
        <source>The sync server refused the user name or password.</source>
        <translation>Der Synchronisierungsserver hat Benutzername oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The sync server refuses sign-ins for a while after too many failed attempts; try again later.</source>
        <translation>Nach zu vielen Fehlversuchen lehnt der Synchronisierungsserver Anmeldungen vorübergehend ab; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The sync server no longer knows this replica&apos;s place in its change feed; a full resync is needed.</source>
        <translation>Der Synchronisierungsserver kennt die Position dieses Replikats in seinem Änderungsverlauf nicht mehr; eine vollständige Neusynchronisierung ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Die Synchronisierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sync server changed while this replica was syncing; try again.</source>
        <translation>Der Synchronisierungsserver hat sich während der Synchronisierung dieses Replikats geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>changes not yet sent to the server would be lost</source>
        <translation>noch nicht an den Server gesendete Änderungen verloren gingen</translation>
    </message>
    <message>
        <source>that is more than half of this replica&apos;s patients</source>
        <translation>das mehr als die Hälfte der Patienten dieses Replikats sind</translation>
    </message>
    <message numerus="yes">
        <source>The sync stopped before removing %n patient(s) whose care relationship ended on the server, because %1. Nothing of that page was applied.</source>
        <translation>
            <numerusform>Die Synchronisierung wurde vor dem Entfernen von %n Patienten angehalten, dessen Behandlungsverhältnis auf dem Server beendet wurde, weil %1. Von dieser Seite wurde nichts übernommen.</numerusform>
            <numerusform>Die Synchronisierung wurde vor dem Entfernen von %n Patienten angehalten, deren Behandlungsverhältnis auf dem Server beendet wurde, weil %1. Von dieser Seite wurde nichts übernommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Patient details</source>
        <translation>Patientendaten</translation>
    </message>
    <message>
        <source>Clinical note</source>
        <translation>Klinische Notiz</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Erhebung</translation>
    </message>
    <message>
        <source>Twin state</source>
        <translation>Zustand des Zwillings</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasst von</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Verordnet von</translation>
    </message>
    <message>
        <source>Diagnosed by</source>
        <translation>Diagnostiziert von</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code system</source>
        <translation>Codesystem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Erkrankungsbeginn</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Abgeklungen am</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Value (text)</source>
        <translation>Wert (Text)</translation>
    </message>
    <message>
        <source>RxNorm code</source>
        <translation>RxNorm-Code</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>The server sent a reply this version cannot read.</source>
        <translation>Der Server hat eine Antwort gesendet, die diese Version nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>TimelineData</name>
    <message>
        <source>Depression</source>
        <translation>Depression</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Angst</translation>
    </message>
    <message>
        <source>Anhedonia</source>
        <translation>Anhedonie</translation>
    </message>
    <message>
        <source>Insomnia</source>
        <translation>Insomnie</translation>
    </message>
    <message>
        <source>Serotonin</source>
        <translation>Serotonin</translation>
    </message>
    <message>
        <source>Dopamine</source>
        <translation>Dopamin</translation>
    </message>
    <message>
        <source>Norepinephrine</source>
        <translation>Noradrenalin</translation>
    </message>
    <message>
        <source>GABA</source>
        <translation>GABA</translation>
    </message>
    <message>
        <source>Glutamate</source>
        <translation>Glutamat</translation>
    </message>
    <message>
        <source>Acetylcholine</source>
        <translation>Acetylcholin</translation>
    </message>
    <message>
        <source>Global functioning</source>
        <translation>Globales Funktionsniveau</translation>
    </message>
    <message>
        <source>Activity (%)</source>
        <translation>Aktivität (%)</translation>
    </message>
    <message>
        <source>Social engagement (%)</source>
        <translation>Soziale Aktivität (%)</translation>
    </message>
    <message>
        <source>Adherence (%)</source>
        <translation>Adhärenz (%)</translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation>Suizidrisiko</translation>
    </message>
    <message>
        <source>Symptoms (fraction of maximum)</source>
        <translation>Symptome (Anteil am Maximum)</translation>
    </message>
    <message>
        <source>Neurotransmitters (1 = baseline)</source>
        <translation>Neurotransmitter (1 = Ausgangswert)</translation>
    </message>
    <message>
        <source>Behaviour and function</source>
        <translation>Verhalten und Funktionsniveau</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>%1 (predicted)</source>
        <translation>%1 (Prognose)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Started %1 on %2</source>
        <translation>%1 am %2 angesetzt</translation>
    </message>
    <message>
        <source>Stopped %1 on %2</source>
        <translation>%1 am %2 abgesetzt</translation>
    </message>
    <message>
        <source>%1 on %2: total %3</source>
        <translation>%1 am %2: Summe %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Novamind Clinician: patients and digital twins on an encrypted replica.</source>
        <translation>Novamind Clinician: Patienten und digitale Zwillinge in einem verschlüsselten Replikat.</translation>
    </message>
    <message>
        <source>The replica database file (its key slots are in PATH.keys).</source>
        <translation>Die Datenbankdatei des Replikats (ihre Schlüssel-Slots liegen in PFAD.keys).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Prefill the user id.</source>
        <translation>Benutzer-ID vorausfüllen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>There is no replica at %1; create one with `novamindctl init --db %1 --user ID --passphrase-file FILE`.</source>
        <translation>Unter %1 gibt es kein Replikat; legen Sie eines an mit `novamindctl init --db %1 --user ID --passphrase-file DATEI`.</translation>
    </message>
    <message>
        <source>No display found: run it under a virtual display, e.g. `xvfb-run -a novamind --db %1`.</source>
        <translation>Keine Anzeige gefunden: Starten Sie das Programm unter einer virtuellen Anzeige, z. B. `xvfb-run -a novamind --db %1`.</translation>
    </message>
    <message>
        <source>Unexpected argument %1; see novamind --help.</source>
        <translation>Unerwartetes Argument %1; siehe novamind --help.</translation>
    </message>
    <message>
        <source>The patient list did not load; run `novamindctl check` on the replica.</source>
        <translation>Die Patientenliste wurde nicht geladen; führen Sie `novamindctl check` für das Replikat aus.</translation>
    </message>
    <message>
        <source>Deployment check: unlock with --user and --passphrase-file, show the main window, print how many patients it lists and exit.</source>
        <translation>Bereitstellungsprüfung: mit --user und --passphrase-file entsperren, das Hauptfenster zeigen, ausgeben, wie viele Patienten es auflistet, und beenden.</translation>
    </message>
    <message>
        <source>With --smoke-test: the file holding the passphrase (- reads standard input).</source>
        <translation>Mit --smoke-test: die Datei mit der Passphrase (- liest die Standardeingabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>--smoke-test needs --user and --passphrase-file.</source>
        <translation>--smoke-test braucht --user und --passphrase-file.</translation>
    </message>
</context>
<context>
    <name>novamind</name>
    <message>
        <source>The replica database is damaged or does not belong to this key file.</source>
        <translation>Die Replikat-Datenbank ist beschädigt oder gehört nicht zu dieser Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The replica database is damaged: a page failed its integrity check.</source>
        <translation>Die Replikat-Datenbank ist beschädigt: Eine Seite hat die Integritätsprüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll; es wurde nichts gespeichert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The replica could not be read or written because of a disk error.</source>
        <translation>Das Replikat konnte wegen eines Datenträgerfehlers nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>The replica database file could not be opened.</source>
        <translation>Die Datenbankdatei des Replikats konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The replica database is read-only; check the file&apos;s permissions.</source>
        <translation>Die Replikat-Datenbank ist schreibgeschützt; prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>The replica is busy in another program; try again in a moment.</source>
        <translation>Das Replikat wird gerade von einem anderen Programm verwendet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Out of memory while using the replica.</source>
        <translation>Nicht genügend Arbeitsspeicher beim Zugriff auf das Replikat.</translation>
    </message>
    <message>
        <source>The change conflicts with data already in the replica.</source>
        <translation>Die Änderung steht im Konflikt mit Daten, die bereits im Replikat vorhanden sind.</translation>
    </message>
    <message>
        <source>The replica database reported an error.</source>
        <translation>Die Replikat-Datenbank hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>novamind::AssessmentForm</name>
    <message>
        <source>Assessment entry form</source>
        <translation>Erfassungsformular für Erhebungen</translation>
    </message>
    <message>
        <source>The patient record has no sex of female or male; choose the cut-offs to use:</source>
        <translation>In der Patientenakte ist als Geschlecht weder weiblich noch männlich angegeben; wählen Sie die zu verwendenden Cut-off-Werte:</translation>
    </message>
    <message>
        <source>Cut-offs by sex</source>
        <translation>Cut-off-Werte nach Geschlecht</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Female cut-offs</source>
        <translation>Cut-off-Werte für Frauen</translation>
    </message>
    <message>
        <source>Male cut-offs</source>
        <translation>Cut-off-Werte für Männer</translation>
    </message>
    <message>
        <source>Suicide risk alert</source>
        <translation>Warnhinweis Suizidrisiko</translation>
    </message>
    <message>
        <source>I have assessed the risk and acted on it</source>
        <translation>Ich habe das Risiko eingeschätzt und entsprechend gehandelt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Close the form without saving; drafts saved earlier stay.</source>
        <translation>Formular schließen, ohne zu speichern; früher gespeicherte Entwürfe bleiben erhalten.</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Keep the answers on this device to finish later.</source>
        <translation>Antworten auf diesem Gerät behalten, um sie später abzuschließen.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <source>Sign the assessment: it can no longer change and is sent to the server.</source>
        <translation>Erhebung signieren: Sie kann danach nicht mehr geändert werden und wird an den Server gesendet.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Item %1: %2, score %3</source>
        <translation>Item %1: %2, Punktwert %3</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>No instrument is open.</source>
        <translation>Es ist kein Instrument geöffnet.</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>Gesamtwert: —</translation>
    </message>
    <message>
        <source>Not enough answers for a total</source>
        <translation>Zu wenige Antworten für einen Gesamtwert</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamtwert: %1</translation>
    </message>
    <message>
        <source>Total: %1 (prorated)</source>
        <translation>Gesamtwert: %1 (hochgerechnet)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Item %1 indicates thoughts of self-harm. Assess suicide risk now and follow your local safety protocol.</source>
        <translation>Item %1 weist auf Gedanken an Selbstverletzung hin. Schätzen Sie jetzt das Suizidrisiko ein und folgen Sie Ihrem lokalen Sicherheitsprotokoll.</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Entwurf um %1 gespeichert.</translation>
    </message>
    <message>
        <source>Too many items are unanswered for a total: answer the marked items before signing.</source>
        <translation>Für einen Gesamtwert sind zu viele Items unbeantwortet: Beantworten Sie vor dem Signieren die markierten Items.</translation>
    </message>
    <message>
        <source>Answer the marked items before signing.</source>
        <translation>Beantworten Sie vor dem Signieren die markierten Items.</translation>
    </message>
    <message>
        <source>Acknowledge the suicide risk alert before signing.</source>
        <translation>Bestätigen Sie vor dem Signieren den Warnhinweis zum Suizidrisiko.</translation>
    </message>
    <message>
        <source>Signed.</source>
        <translation>Signiert.</translation>
    </message>
    <message>
        <source>Item %1 (thoughts of self-harm) is unanswered. Ask it, or assess suicide risk another way, before signing.</source>
        <translation>Frage %1 (Gedanken an Selbstverletzung) ist unbeantwortet. Stellen Sie sie, oder schätzen Sie das Suizidrisiko auf anderem Weg ein, bevor Sie unterschreiben.</translation>
    </message>
</context>
<context>
    <name>novamind::AssessmentHistoryModel</name>
    <message>
        <source>%1 (prorated)</source>
        <translation>%1 (hochgerechnet)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
</context>
<context>
    <name>novamind::AssessmentHistoryView</name>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <source>Instrument shown in the history</source>
        <translation>Im Verlauf angezeigtes Instrument</translation>
    </message>
    <message>
        <source>Signed assessments, newest first</source>
        <translation>Signierte Erhebungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Chart of totals over time with severity bands</source>
        <translation>Diagramm der Gesamtwerte im Zeitverlauf mit Schweregradbereichen</translation>
    </message>
    <message>
        <source>No signed %1 assessments for this patient yet.</source>
        <translation>Für diesen Patienten gibt es noch keine signierten %1-Erhebungen.</translation>
    </message>
    <message>
        <source>%1 (prorated)</source>
        <translation>%1 (hochgerechnet)</translation>
    </message>
    <message>
        <source>%1
Total: %2
Severity: %3</source>
        <translation>%1
Gesamtwert: %2
Schweregrad: %3</translation>
    </message>
    <message>
        <source>%1 totals</source>
        <translation>%1-Gesamtwerte</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Signiert am</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamtwert</translation>
    </message>
</context>
<context>
    <name>novamind::AssessmentsPanel</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Neue Erhebung…</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Neue Erhebung</translation>
    </message>
    <message>
        <source>Choose the instrument:</source>
        <translation>Wählen Sie das Instrument:</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumente</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Start the chosen assessment</source>
        <translation>Gewählte Erhebung beginnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel choosing an instrument</source>
        <translation>Auswahl des Instruments abbrechen</translation>
    </message>
    <message>
        <source>&amp;Drafts:</source>
        <translation>Ent&amp;würfe:</translation>
    </message>
    <message>
        <source>Your unsigned drafts for this patient</source>
        <translation>Ihre nicht signierten Entwürfe für diesen Patienten</translation>
    </message>
    <message>
        <source>&amp;Open draft</source>
        <translation>Entwurf ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation>Ausgewählten Entwurf öffnen</translation>
    </message>
    <message>
        <source>There is no instrument called “%1”.</source>
        <translation>Es gibt kein Instrument namens „%1“.</translation>
    </message>
    <message>
        <source>This draft uses an instrument this version does not have.</source>
        <translation>Dieser Entwurf verwendet ein Instrument, das diese Version nicht enthält.</translation>
    </message>
    <message>
        <source>That draft no longer exists.</source>
        <translation>Dieser Entwurf existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1, started %2, %3 of %4 answered</source>
        <translation>%1, begonnen %2, %3 von %4 beantwortet</translation>
    </message>
    <message>
        <source>De&amp;lete draft</source>
        <translation>Entwurf &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected draft</source>
        <translation>Den ausgewählten Entwurf löschen</translation>
    </message>
    <message>
        <source>Click again to delete</source>
        <translation>Zum Löschen erneut klicken</translation>
    </message>
    <message>
        <source>Your organisation allows no assessment instruments for new assessments on this device.</source>
        <translation>Ihre Organisation lässt auf diesem Gerät keine Instrumente für neue Erhebungen zu.</translation>
    </message>
    <message>
        <source>Your organisation does not allow new %1 assessments on this device.</source>
        <translation>Ihre Organisation lässt auf diesem Gerät keine neuen %1-Erhebungen zu.</translation>
    </message>
    <message>
        <source>%1 (no longer offered for new assessments)</source>
        <translation>%1 (für neue Erhebungen nicht mehr angeboten)</translation>
    </message>
    <message>
        <source>Your organisation no longer offers this instrument for new assessments. You can still finish and sign this draft, or delete it.</source>
        <translation>Ihre Organisation bietet dieses Instrument für neue Erhebungen nicht mehr an. Sie können diesen Entwurf trotzdem abschließen und signieren oder ihn löschen.</translation>
    </message>
</context>
<context>
    <name>novamind::BreakGlassDialog</name>
    <message>
        <source>Emergency access</source>
        <translation>Notfallzugriff</translation>
    </message>
    <message>
        <source>Use emergency access only when a patient you do not care for needs you now. Your reason and every record you open are logged and reviewed.</source>
        <translation>Nutzen Sie den Notfallzugriff nur, wenn ein Patient, den Sie nicht behandeln, Sie jetzt braucht. Ihre Begründung und jeder Datensatz, den Sie öffnen, werden protokolliert und geprüft.</translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation>Patientennummer (MRN)</translation>
    </message>
    <message>
        <source>Reason for emergency access</source>
        <translation>Begründung für den Notfallzugriff</translation>
    </message>
    <message>
        <source>e.g. Patient brought to the emergency department, treating clinician unavailable</source>
        <translation>z. B. Patient in die Notaufnahme gebracht, behandelnde Person nicht erreichbar</translation>
    </message>
    <message>
        <source>Access lasts</source>
        <translation>Dauer des Zugriffs</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message>
        <source>12 hours</source>
        <translation>12 Stunden</translation>
    </message>
    <message>
        <source>&amp;MRN:</source>
        <translation>&amp;MRN:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Access &amp;lasts:</source>
        <translation>&amp;Dauer des Zugriffs:</translation>
    </message>
    <message>
        <source>&amp;Grant emergency access</source>
        <translation>Notfallzugriff &amp;gewähren</translation>
    </message>
    <message>
        <source>%1 of at least %2 characters</source>
        <translation>%1 von mindestens %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>novamind::ConflictComparisonModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>This device — deleted</source>
        <translation>Dieses Gerät — gelöscht</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <source>Server — deleted</source>
        <translation>Server — gelöscht</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>novamind::ConflictDialog</name>
    <message>
        <source>Deleted on this device, changed on the server</source>
        <translation>Auf diesem Gerät gelöscht, auf dem Server geändert</translation>
    </message>
    <message>
        <source>Changed on this device, deleted on the server</source>
        <translation>Auf diesem Gerät geändert, auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>Changed on this device and on the server</source>
        <translation>Auf diesem Gerät und auf dem Server geändert</translation>
    </message>
    <message>
        <source>Sync conflicts and refused changes</source>
        <translation>Synchronisierungskonflikte und abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Both versions, field by field</source>
        <translation>Beide Versionen, Feld für Feld</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine Version behalten</translation>
    </message>
    <message>
        <source>Send this device&apos;s version to the server, replacing the server&apos;s</source>
        <translation>Die Version dieses Geräts an den Server senden und die des Servers ersetzen</translation>
    </message>
    <message>
        <source>&amp;Take server&apos;s</source>
        <translation>&amp;Server-Version übernehmen</translation>
    </message>
    <message>
        <source>Use the server&apos;s version and discard this device&apos;s change</source>
        <translation>Die Version des Servers verwenden und die Änderung dieses Geräts verwerfen</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Send a version made of the field values ticked in the table</source>
        <translation>Eine Version aus den in der Tabelle angehakten Feldwerten senden</translation>
    </message>
    <message>
        <source>No conflicts: every change made here agrees with the server.</source>
        <translation>Keine Konflikte: Jede hier vorgenommene Änderung stimmt mit dem Server überein.</translation>
    </message>
    <message>
        <source>The server refused these changes. They stay on this device until you send them again; correct the record first if the server&apos;s answer asks you to.</source>
        <translation>Der Server hat diese Änderungen abgelehnt. Sie bleiben auf diesem Gerät, bis Sie sie erneut senden; korrigieren Sie vorher den Datensatz, wenn die Antwort des Servers dazu auffordert.</translation>
    </message>
    <message>
        <source>Changes refused by the server</source>
        <translation>Vom Server abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Vorgenommen</translation>
    </message>
    <message>
        <source>The server&apos;s answer</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Send the selected change again at the next sync</source>
        <translation>Die ausgewählte Änderung bei der nächsten Synchronisierung erneut senden</translation>
    </message>
    <message>
        <source>The replica is not open.</source>
        <translation>Das Replikat ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation>Festgestellt am %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Konflikte (%1)</translation>
    </message>
    <message>
        <source>Re&amp;fused by the server (%1)</source>
        <translation>Vom Server &amp;abgelehnt (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n highlighted field(s) differ. To merge, tick the value to keep in each row.</source>
        <translation>
            <numerusform>%n hervorgehobenes Feld weicht ab. Zum Zusammenführen haken Sie in jeder Zeile den Wert an, der bleiben soll.</numerusform>
            <numerusform>%n hervorgehobene Felder weichen ab. Zum Zusammenführen haken Sie in jeder Zeile den Wert an, der bleiben soll.</numerusform>
        </translation>
    </message>
    <message>
        <source>One side deleted the record, so the versions cannot be merged: keep yours or take the server&apos;s.</source>
        <translation>Eine Seite hat den Datensatz gelöscht, daher lassen sich die Versionen nicht zusammenführen: Behalten Sie Ihre Version oder übernehmen Sie die des Servers.</translation>
    </message>
</context>
<context>
    <name>novamind::DeletePatientDialog</name>
    <message>
        <source>Delete patient</source>
        <translation>Patient löschen</translation>
    </message>
    <message>
        <source>Delete this patient?</source>
        <translation>Diesen Patienten löschen?</translation>
    </message>
    <message numerus="yes">
        <source>After %n day(s) the patient is removed from this device for good.</source>
        <translation>
            <numerusform>Nach %n Tag wird der Patient endgültig von diesem Gerät entfernt.</numerusform>
            <numerusform>Nach %n Tagen wird der Patient endgültig von diesem Gerät entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The patient stays on this device until someone removes it for good.</source>
        <translation>Der Patient bleibt auf diesem Gerät, bis jemand ihn endgültig entfernt.</translation>
    </message>
    <message>
        <source>The patient disappears from the patient list and from search on this device, for everyone in their care.</source>
        <translation>Der Patient verschwindet auf diesem Gerät aus der Patientenliste und der Suche, für alle, die ihn betreuen.</translation>
    </message>
    <message>
        <source>The records stay on this device and on the server; changes not yet sent are still sent at the next sync.</source>
        <translation>Die Datensätze bleiben auf diesem Gerät und auf dem Server; noch nicht gesendete Änderungen werden bei der nächsten Synchronisierung trotzdem gesendet.</translation>
    </message>
    <message>
        <source>You can restore the patient from Patient ▸ Deleted patients…</source>
        <translation>Sie können den Patienten unter Patient ▸ Gelöschte Patienten… wiederherstellen.</translation>
    </message>
    <message>
        <source>The deletion is recorded in the audit trail.</source>
        <translation>Das Löschen wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Reason for deleting the patient</source>
        <translation>Begründung für das Löschen des Patienten</translation>
    </message>
    <message>
        <source>Why is this patient being deleted? (for example: registered twice)</source>
        <translation>Warum wird dieser Patient gelöscht? (zum Beispiel: doppelt angelegt)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Delete patient</source>
        <translation>Patient &amp;löschen</translation>
    </message>
    <message>
        <source>%1 characters; at most %2</source>
        <translation>%1 Zeichen; höchstens %2</translation>
    </message>
    <message>
        <source>%1 of at least %2 characters</source>
        <translation>%1 von mindestens %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>novamind::DeletedPatientsDialog</name>
    <message>
        <source>Deleted patients</source>
        <translation>Gelöschte Patienten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Gelöscht von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>No patients have been deleted on this device.</source>
        <translation>Auf diesem Gerät wurden keine Patienten gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Show the patient in the patient list and search again</source>
        <translation>Den Patienten wieder in der Patientenliste und der Suche zeigen</translation>
    </message>
    <message>
        <source>Remove for &amp;good…</source>
        <translation>&amp;Endgültig entfernen…</translation>
    </message>
    <message>
        <source>Remove the patient&apos;s records from this device and wipe them from its disk</source>
        <translation>Die Datensätze des Patienten von diesem Gerät entfernen und von seiner Festplatte tilgen</translation>
    </message>
</context>
<context>
    <name>novamind::FhirExportAction</name>
    <message>
        <source>Save the open patient&apos;s whole record as a FHIR R4 Bundle (JSON) for another system</source>
        <translation>Die gesamte Akte des geöffneten Patienten als FHIR-R4-Bundle (JSON) für ein anderes System speichern</translation>
    </message>
    <message>
        <source>Open a patient before exporting it as FHIR.</source>
        <translation>Öffnen Sie einen Patienten, bevor Sie ihn als FHIR exportieren.</translation>
    </message>
    <message>
        <source>Export patient as FHIR R4</source>
        <translation>Patient als FHIR R4 exportieren</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <source>Export as F&amp;HIR R4…</source>
        <translation>Als F&amp;HIR R4 exportieren…</translation>
    </message>
</context>
<context>
    <name>novamind::MainWindow</name>
    <message>
        <source>Novamind Clinician</source>
        <translation>Novamind Clinician</translation>
    </message>
    <message>
        <source>The replica is locked. Unlock it to continue.</source>
        <translation>Das Replikat ist gesperrt. Entsperren Sie es, um fortzufahren.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Assessment signed; it will be sent at the next sync.</source>
        <translation>Erhebung signiert; sie wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>Draft saved on this device.</source>
        <translation>Entwurf auf diesem Gerät gespeichert.</translation>
    </message>
    <message>
        <source>Choose a patient from the list, or search with Ctrl+F.</source>
        <translation>Wählen Sie einen Patienten aus der Liste oder suchen Sie mit Strg+F.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Replica &amp;information</source>
        <translation>Replikat-&amp;Informationen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Close the replica and ask for the passphrase again</source>
        <translation>Replikat schließen und erneut nach der Passphrase fragen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>Patient &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Reload list</source>
        <translation>Liste &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>Neue &amp;Erhebung</translation>
    </message>
    <message>
        <source>&amp;Emergency access…</source>
        <translation>&amp;Notfallzugriff…</translation>
    </message>
    <message>
        <source>Open a patient outside your care relationships, with a logged reason</source>
        <translation>Einen Patienten außerhalb Ihrer Behandlungsverhältnisse öffnen, mit protokollierter Begründung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Patient &amp;list</source>
        <translation>Patienten&amp;liste</translation>
    </message>
    <message>
        <source>Show or hide the patient list, to give the open patient the whole window</source>
        <translation>Patientenliste ein- oder ausblenden, um dem geöffneten Patienten das ganze Fenster zu geben</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Novamind Clinician</source>
        <translation>&amp;Über Novamind Clinician</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Novamind Clinician — %1</source>
        <translation>Novamind Clinician — %1</translation>
    </message>
    <message>
        <source>Replica unlocked as %1 (%2)</source>
        <translation>Replikat entsperrt als %1 (%2)</translation>
    </message>
    <message>
        <source>Novamind Clinician — locked</source>
        <translation>Novamind Clinician — gesperrt</translation>
    </message>
    <message>
        <source>Replica locked</source>
        <translation>Replikat gesperrt</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Replica&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;File&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Schema&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Created&lt;/td&gt;&lt;td&gt;%4 by version %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Signed in as&lt;/td&gt;&lt;td&gt;%6 (%7)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Replikat&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Datei&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Schema&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Erstellt&lt;/td&gt;&lt;td&gt;%4 mit Version %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Angemeldet als&lt;/td&gt;&lt;td&gt;%6 (%7)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Replica information</source>
        <translation>Replikat-Informationen</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>SQLCipher %1 on SQLite %2</source>
        <translation>SQLCipher %1 auf SQLite %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Novamind Clinician %1&lt;/h3&gt;&lt;p&gt;Patients, assessments and digital twins on an encrypted local replica.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Novamind Clinician %1&lt;/h3&gt;&lt;p&gt;Patienten, Erhebungen und digitale Zwillinge in einem verschlüsselten lokalen Replikat.&lt;/p&gt;&lt;p&gt;Erstellt mit:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>About Novamind Clinician</source>
        <translation>Über Novamind Clinician</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisierung</translation>
    </message>
    <message>
        <source>Your organisation has turned off emergency access on this device; ask IT if you need it.</source>
        <translation>Ihre Organisation hat den Notfallzugriff auf diesem Gerät abgeschaltet; wenden Sie sich an die IT, wenn Sie ihn brauchen.</translation>
    </message>
    <message>
        <source>Your organisation allows no assessment instruments for new assessments on this device.</source>
        <translation>Ihre Organisation lässt auf diesem Gerät keine Instrumente für neue Erhebungen zu.</translation>
    </message>
    <message>
        <source>The patient was exported as FHIR R4.</source>
        <translation>Der Patient wurde als FHIR R4 exportiert.</translation>
    </message>
    <message>
        <source>Re&amp;move patient from this device…</source>
        <translation>Patient von diesem Gerät ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Delete the open patient&apos;s records from this device and wipe them from its disk; the server keeps them</source>
        <translation>Die Datensätze des geöffneten Patienten von diesem Gerät löschen und von seiner Festplatte tilgen; der Server behält sie</translation>
    </message>
    <message>
        <source>The patient was removed from this device.</source>
        <translation>Der Patient wurde von diesem Gerät entfernt.</translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation>Patient &amp;löschen…</translation>
    </message>
    <message>
        <source>Hide the open patient from the patient list and search on this device, with a reason; it can be restored</source>
        <translation>Den geöffneten Patienten mit einer Begründung aus Patientenliste und Suche auf diesem Gerät ausblenden; er kann wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Deleted pa&amp;tients…</source>
        <translation>&amp;Gelöschte Patienten…</translation>
    </message>
    <message>
        <source>Restore a deleted patient, or remove it from this device for good</source>
        <translation>Einen gelöschten Patienten wiederherstellen oder endgültig von diesem Gerät entfernen</translation>
    </message>
    <message>
        <source>The patient was deleted on this device. Patient ▸ Deleted patients… restores it.</source>
        <translation>Der Patient wurde auf diesem Gerät gelöscht. Patient ▸ Gelöschte Patienten… stellt ihn wieder her.</translation>
    </message>
</context>
<context>
    <name>novamind::PatientListModel</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Imminent</source>
        <translation>Akut</translation>
    </message>
    <message>
        <source>Hidden for your role</source>
        <translation>Für Ihre Rolle ausgeblendet</translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation>Suizidrisiko</translation>
    </message>
    <message>
        <source>The latest PHQ-9 raised the suicide-risk flag.</source>
        <translation>Der letzte PHQ-9 hat den Hinweis auf Suizidrisiko ausgelöst.</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translation>Letzte Erhebung</translation>
    </message>
</context>
<context>
    <name>novamind::PatientListPanel</name>
    <message>
        <source>Search patients</source>
        <translation>Patienten suchen</translation>
    </message>
    <message>
        <source>Search name or MRN</source>
        <translation>Name oder MRN suchen</translation>
    </message>
    <message>
        <source>Diagnosis filter</source>
        <translation>Diagnosefilter</translation>
    </message>
    <message>
        <source>ICD-10, e.g. F32</source>
        <translation>ICD-10, z. B. F32</translation>
    </message>
    <message>
        <source>Patients with a diagnosis whose ICD-10 code starts with this</source>
        <translation>Patienten mit einer Diagnose, deren ICD-10-Code so beginnt</translation>
    </message>
    <message>
        <source>Risk level filter</source>
        <translation>Filter nach Risikostufe</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Alle Risikostufen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Imminent</source>
        <translation>Akut</translation>
    </message>
    <message>
        <source>No assessment for</source>
        <translation>Keine Erhebung seit</translation>
    </message>
    <message>
        <source>Only patients overdue for an assessment</source>
        <translation>Nur Patienten mit überfälliger Erhebung</translation>
    </message>
    <message>
        <source>Days without an assessment</source>
        <translation>Tage ohne Erhebung</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>No patients</source>
        <translation>Keine Patienten</translation>
    </message>
    <message>
        <source>Number of patients</source>
        <translation>Anzahl der Patienten</translation>
    </message>
    <message>
        <source>Patient list error</source>
        <translation>Fehler in der Patientenliste</translation>
    </message>
    <message>
        <source>Unlock a replica to see your patients.</source>
        <translation>Entsperren Sie ein Replikat, um Ihre Patienten zu sehen.</translation>
    </message>
    <message>
        <source>No patients match your search or filters.</source>
        <translation>Keine Patienten entsprechen Ihrer Suche oder Ihren Filtern.</translation>
    </message>
    <message>
        <source>No patients are available to you in this replica.</source>
        <translation>In diesem Replikat sind für Sie keine Patienten verfügbar.</translation>
    </message>
    <message>
        <source>%1+ patients</source>
        <translation>%1+ Patienten</translation>
    </message>
    <message>
        <source>%1 patients</source>
        <translation>%1 Patienten</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 Patient</translation>
    </message>
</context>
<context>
    <name>novamind::PatientOverview</name>
    <message>
        <source>Patient overview error</source>
        <translation>Fehler in der Patientenübersicht</translation>
    </message>
    <message>
        <source>Emergency access (break-glass): you have no care relationship with this patient. This access is time-limited, flagged and audited.</source>
        <translation>Notfallzugriff (Break-Glass): Sie haben kein Behandlungsverhältnis mit diesem Patienten. Dieser Zugriff ist zeitlich begrenzt, gekennzeichnet und wird im Audit-Protokoll erfasst.</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Notfallzugriff</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Name des Patienten</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex / gender</source>
        <translation>Geschlecht / Gender</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikation</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Behandlungsteam</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (%2 Jahre)</translation>
    </message>
</context>
<context>
    <name>novamind::PatientWorkspace</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Patient identifiers</source>
        <translation>Patientenkennungen</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Notfallzugriff</translation>
    </message>
    <message>
        <source>Emergency access — every view is logged and reviewed</source>
        <translation>Notfallzugriff — jeder Aufruf wird protokolliert und geprüft</translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation>Patientenakte</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation>&amp;Erhebungen</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitverlauf</translation>
    </message>
    <message>
        <source>MRN %1</source>
        <translation>MRN %1</translation>
    </message>
    <message numerus="yes">
        <source>born %1 (%n years)</source>
        <translation>
            <numerusform>geb. %1 (%n Jahr)</numerusform>
            <numerusform>geb. %1 (%n Jahre)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Print this patient&apos;s report (identity, twin state, charts, assessments, medications)</source>
        <translation>Bericht dieses Patienten drucken (Identität, Zwillingszustand, Diagramme, Erhebungen, Medikation)</translation>
    </message>
    <message>
        <source>Export timeline as &amp;CSV…</source>
        <translation>Verlauf als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Open a patient before printing a report.</source>
        <translation>Öffnen Sie einen Patienten, bevor Sie einen Bericht drucken.</translation>
    </message>
    <message>
        <source>Open a patient before exporting a report.</source>
        <translation>Öffnen Sie einen Patienten, bevor Sie einen Bericht exportieren.</translation>
    </message>
    <message>
        <source>Open a patient before exporting the timeline.</source>
        <translation>Öffnen Sie einen Patienten, bevor Sie den Verlauf exportieren.</translation>
    </message>
    <message>
        <source>Patient report</source>
        <translation>Patientenbericht</translation>
    </message>
    <message>
        <source>Print patient report</source>
        <translation>Patientenbericht drucken</translation>
    </message>
    <message>
        <source>Export patient report</source>
        <translation>Patientenbericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>E&amp;xport report as PDF…</source>
        <translation>Bericht als PDF e&amp;xportieren…</translation>
    </message>
</context>
<context>
    <name>novamind::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Lock after inactivity, in minutes</source>
        <translation>Sperren nach Inaktivität, in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Novamind Clinician starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Novamind Clinician wirksam.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <source>Lock &amp;after inactivity:</source>
        <translation>Sperren nach &amp;Inaktivität:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Sync server address</source>
        <translation>Adresse des Synchronisierungsservers</translation>
    </message>
    <message>
        <source>https://sync.example.org</source>
        <translation>https://sync.example.org</translation>
    </message>
    <message>
        <source>Sync server user</source>
        <translation>Benutzer auf dem Synchronisierungsserver</translation>
    </message>
    <message>
        <source>Same as the replica user</source>
        <translation>Wie der Benutzer des Replikats</translation>
    </message>
    <message>
        <source>Extra trusted certificate authority file</source>
        <translation>Datei mit zusätzlich vertrauenswürdigen Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>Optional; the system&apos;s certificates are always trusted</source>
        <translation>Optional; den Zertifikaten des Systems wird immer vertraut</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Pinned server key</source>
        <translation>Gepinnter Serverschlüssel</translation>
    </message>
    <message>
        <source>Optional: sha256//…</source>
        <translation>Optional: sha256//…</translation>
    </message>
    <message>
        <source>Sync automatically every, in minutes</source>
        <translation>Automatisch synchronisieren alle, in Minuten</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Nur auf Anforderung</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>&amp;Pin:</source>
        <translation>&amp;Pin:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchronisieren &amp;alle:</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the sync server as an address like https://sync.example.org.</source>
        <translation>Geben Sie den Synchronisierungsserver als Adresse wie https://sync.example.org ein.</translation>
    </message>
    <message>
        <source>Some settings are managed by your organisation.</source>
        <translation>Einige Einstellungen werden von Ihrer Organisation verwaltet.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy has errors; ask IT.</source>
        <translation>Die Richtlinie Ihrer Organisation enthält Fehler; wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <source>Set by your organisation (%1)</source>
        <translation>Von Ihrer Organisation festgelegt (%1)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>novamind::ServerPasswordDialog</name>
    <message>
        <source>Sign in to the sync server</source>
        <translation>Am Synchronisierungsserver anmelden</translation>
    </message>
    <message>
        <source>Novamind Clinician needs your password for the sync server %1. It is kept in memory until the session locks.</source>
        <translation>Novamind Clinician benötigt Ihr Passwort für den Synchronisierungsserver %1. Es bleibt im Arbeitsspeicher, bis die Sitzung gesperrt wird.</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Serverpasswort</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign in and sync</source>
        <translation>&amp;Anmelden und synchronisieren</translation>
    </message>
</context>
<context>
    <name>novamind::SyncController</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Send this device&apos;s changes to the server and fetch everyone else&apos;s</source>
        <translation>Die Änderungen dieses Geräts an den Server senden und die aller anderen abrufen</translation>
    </message>
    <message>
        <source>Sync with the server (F5)</source>
        <translation>Mit dem Server synchronisieren (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Synchronisierung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Conflicts and &amp;refused changes…</source>
        <translation>&amp;Konflikte und abgelehnte Änderungen…</translation>
    </message>
    <message>
        <source>Resolve records changed both here and on the server, and retry refused changes</source>
        <translation>Hier und auf dem Server geänderte Datensätze klären und abgelehnte Änderungen erneut senden</translation>
    </message>
    <message>
        <source>Sync is not set up: enter the server&apos;s address under File › Preferences.</source>
        <translation>Die Synchronisierung ist nicht eingerichtet: Geben Sie die Adresse des Servers unter Datei › Einstellungen ein.</translation>
    </message>
    <message>
        <source>Sync cancelled. What was sent or received before stays; the next sync continues.</source>
        <translation>Synchronisierung abgebrochen. Was bereits gesendet oder empfangen wurde, bleibt erhalten; die nächste Synchronisierung setzt dort fort.</translation>
    </message>
    <message>
        <source>Remove patients from this device?</source>
        <translation>Patienten von diesem Gerät entfernen?</translation>
    </message>
    <message>
        <source>&amp;Remove them</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message numerus="yes">
        <source>The server says you no longer have access to %n patient(s) on this device.</source>
        <translation>
            <numerusform>Laut Server haben Sie keinen Zugriff mehr auf %n Patienten auf diesem Gerät.</numerusform>
            <numerusform>Laut Server haben Sie keinen Zugriff mehr auf %n Patienten auf diesem Gerät.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is every patient here: %1 of %2.</source>
        <translation>Das sind alle Patienten auf diesem Gerät: %1 von %2.</translation>
    </message>
    <message>
        <source>That is %1 of the %2 patients here.</source>
        <translation>Das sind %1 der %2 Patienten auf diesem Gerät.</translation>
    </message>
    <message>
        <source>Removing them loses work not yet sent to the server:</source>
        <translation>Beim Entfernen geht Arbeit verloren, die noch nicht an den Server gesendet wurde:</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s)</source>
        <translation>
            <numerusform>%n nicht gesendete Änderung</numerusform>
            <numerusform>%n nicht gesendete Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft assessment(s)</source>
        <translation>
            <numerusform>%n Erhebungsentwurf</numerusform>
            <numerusform>%n Erhebungsentwürfe</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Remove them now? If you are not sure, choose Not now and ask your administrator; the sync stops and nothing is removed.</source>
        <translation>Jetzt entfernen? Wenn Sie unsicher sind, wählen Sie „Nicht jetzt“ und fragen Sie Ihre Administration; die Synchronisierung wird dann beendet und nichts wird entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Sync complete: %n change(s) sent</source>
        <translation>
            <numerusform>Synchronisierung abgeschlossen: %n Änderung gesendet</numerusform>
            <numerusform>Synchronisierung abgeschlossen: %n Änderungen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n empfangen</numerusform>
            <numerusform>%n empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve.</source>
        <translation>
            <numerusform>%n Konflikt zu lösen.</numerusform>
            <numerusform>%n Konflikte zu lösen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server.</source>
        <translation>
            <numerusform>%n Änderung vom Server abgelehnt.</numerusform>
            <numerusform>%n Änderungen vom Server abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) removed from this device.</source>
        <translation>
            <numerusform>%n Patient von diesem Gerät entfernt.</numerusform>
            <numerusform>%n Patienten von diesem Gerät entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bring back cleared patients</source>
        <translation>Entfernte Patienten &amp;zurückholen</translation>
    </message>
    <message>
        <source>Patients not opened for a while were cleared from this device to save space; the next sync fetches them again from the server</source>
        <translation>Länger nicht geöffnete Patienten wurden zur Platzersparnis von diesem Gerät entfernt; die nächste Synchronisierung holt sie wieder vom Server</translation>
    </message>
    <message numerus="yes">
        <source>%n cleared patient(s) are back on this device.</source>
        <translation>
            <numerusform>%n entfernter Patient ist wieder auf diesem Gerät.</numerusform>
            <numerusform>%n entfernte Patienten sind wieder auf diesem Gerät.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) not opened for a while were cleared from this device; Sync › Bring back cleared patients fetches them again.</source>
        <translation>
            <numerusform>%n länger nicht geöffneter Patient wurde von diesem Gerät entfernt; Synchronisierung › Entfernte Patienten zurückholen holt ihn wieder.</numerusform>
            <numerusform>%n länger nicht geöffnete Patienten wurden von diesem Gerät entfernt; Synchronisierung › Entfernte Patienten zurückholen holt sie wieder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novamind::SyncProgressWidget</name>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln Datensatz</numerusform>
            <numerusform>%Ln Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this sync; what has been sent or received so far is kept</source>
        <translation>Diese Synchronisierung beenden; was bisher gesendet oder empfangen wurde, bleibt erhalten</translation>
    </message>
    <message>
        <source>Signing in to the sync server…</source>
        <translation>Anmeldung am Synchronisierungsserver…</translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2</source>
        <translation>Änderungen werden gesendet: %1 von %2</translation>
    </message>
    <message>
        <source>Sending changes: %1</source>
        <translation>Änderungen werden gesendet: %1</translation>
    </message>
    <message>
        <source>Pulling changes: %1, %2</source>
        <translation>Änderungen werden abgerufen: %1, %2</translation>
    </message>
    <message>
        <source>Downloading everything again: %1, %2</source>
        <translation>Alles wird erneut heruntergeladen: %1, %2</translation>
    </message>
    <message>
        <source>Sending the audit trail: %1</source>
        <translation>Audit-Protokoll wird gesendet: %1</translation>
    </message>
    <message>
        <source>Finishing: %1</source>
        <translation>Wird abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Connecting to the sync server…</source>
        <translation>Verbindung zum Synchronisierungsserver wird hergestellt…</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Synchronisierung wird beendet…</translation>
    </message>
</context>
<context>
    <name>novamind::SyncStatusWidget</name>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Zum Senden ausstehend</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Sync state unavailable</source>
        <translation>Synchronisierungsstatus nicht verfügbar</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Noch nie synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Änderung wartet auf den Versand</numerusform>
            <numerusform>%n Änderungen warten auf den Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server</source>
        <translation>
            <numerusform>%n vom Server abgelehnt</numerusform>
            <numerusform>%n vom Server abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <source>Show the changes the server refused</source>
        <translation>Vom Server abgelehnte Änderungen anzeigen</translation>
    </message>
    <message>
        <source>Show and resolve the conflicts</source>
        <translation>Konflikte anzeigen und lösen</translation>
    </message>
</context>
<context>
    <name>novamind::TimelineView</name>
    <message>
        <source>Twin timeline</source>
        <translation>Zeitverlauf des digitalen Zwillings</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole timeline (Home)</source>
        <translation>Gesamten Zeitverlauf anzeigen (Pos1)</translation>
    </message>
    <message>
        <source>Show the twin state as of</source>
        <translation>Zustand des Zwillings anzeigen zum Zeitpunkt</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <source>No twin states are recorded for this patient.</source>
        <translation>Für diesen Patienten sind keine Zustände des digitalen Zwillings erfasst.</translation>
    </message>
    <message>
        <source>Twin state as of the chosen time</source>
        <translation>Zustand des Zwillings zum gewählten Zeitpunkt</translation>
    </message>
    <message>
        <source>%1 interval</source>
        <translation>Intervall %1</translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation>Medikation angesetzt</translation>
    </message>
    <message>
        <source>Medication stopped</source>
        <translation>Medikation abgesetzt</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Erhebungen</translation>
    </message>
    <message>
        <source>Risk level: %1</source>
        <translation>Risikostufe: %1</translation>
    </message>
    <message>
        <source>Risk level %1 from %2</source>
        <translation>Risikostufe %1 ab %2</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>Drag or scroll to zoom, right-drag to pan, click for the state then.</source>
        <translation>Ziehen oder scrollen zum Zoomen, mit rechter Maustaste ziehen zum Verschieben, klicken für den Zustand.</translation>
    </message>
    <message>
        <source>Drag across a chart or scroll to zoom; right-drag or the arrow keys pan; Home shows everything; a click shows the whole twin state at that time.</source>
        <translation>Über ein Diagramm ziehen oder scrollen zum Zoomen; mit rechter Maustaste ziehen oder Pfeiltasten zum Verschieben; Pos1 zeigt alles; ein Klick zeigt den gesamten Zustand des Zwillings zu diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>▲ medication started  ■ stopped  ○ assessment (score)  - - predicted, shaded: interval  │ as of</source>
        <translation>▲ Medikation angesetzt  ■ abgesetzt  ○ Erhebung (Wert)  - - Prognose, schattiert: Intervall  │ Stand</translation>
    </message>
    <message>
        <source>%1
Severity: %2</source>
        <translation>%1
Schweregrad: %2</translation>
    </message>
</context>
<context>
    <name>novamind::TwinStateModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Imminent</source>
        <translation>Akut</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Erhebung</translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation>Medikation angesetzt</translation>
    </message>
    <message>
        <source>Medication stopped</source>
        <translation>Medikation abgesetzt</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Model confidence</source>
        <translation>Modellkonfidenz</translation>
    </message>
    <message>
        <source>Symptoms (fraction of maximum)</source>
        <translation>Symptome (Anteil am Maximum)</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>Depression</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Angst</translation>
    </message>
    <message>
        <source>Anhedonia</source>
        <translation>Anhedonie</translation>
    </message>
    <message>
        <source>Insomnia</source>
        <translation>Insomnie</translation>
    </message>
    <message>
        <source>Neurotransmitters (1 = baseline)</source>
        <translation>Neurotransmitter (1 = Ausgangswert)</translation>
    </message>
    <message>
        <source>Serotonin</source>
        <translation>Serotonin</translation>
    </message>
    <message>
        <source>Dopamine</source>
        <translation>Dopamin</translation>
    </message>
    <message>
        <source>Norepinephrine</source>
        <translation>Noradrenalin</translation>
    </message>
    <message>
        <source>GABA</source>
        <translation>GABA</translation>
    </message>
    <message>
        <source>Glutamate</source>
        <translation>Glutamat</translation>
    </message>
    <message>
        <source>Acetylcholine</source>
        <translation>Acetylcholin</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Social engagement</source>
        <translation>Soziale Aktivität</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktionsniveau</translation>
    </message>
    <message>
        <source>Global functioning (0–100)</source>
        <translation>Globales Funktionsniveau (0–100)</translation>
    </message>
    <message>
        <source>Medication adherence</source>
        <translation>Medikamentenadhärenz</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Suicide risk (0–1)</source>
        <translation>Suizidrisiko (0–1)</translation>
    </message>
    <message>
        <source>Sources of this state</source>
        <translation>Quellen dieses Zustands</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>novamind::UnlockDialog</name>
    <message>
        <source>Unlock Novamind Clinician</source>
        <translation>Novamind Clinician entsperren</translation>
    </message>
    <message>
        <source>Unlock the replica</source>
        <translation>Replikat entsperren</translation>
    </message>
    <message>
        <source>Enter your user id and passphrase to unlock this device&apos;s patient replica.</source>
        <translation>Geben Sie Ihre Benutzer-ID und Passphrase ein, um das Patientenreplikat auf diesem Gerät zu entsperren.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation>Replikat: %1</translation>
    </message>
    <message>
        <source>Replica file</source>
        <translation>Replikatdatei</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Your user id on this replica</source>
        <translation>Ihre Benutzer-ID in diesem Replikat</translation>
    </message>
    <message>
        <source>e.g. dr.ada</source>
        <translation>z. B. dr.ada</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase that unlocks your key to this replica</source>
        <translation>Die Passphrase, die Ihren Schlüssel für dieses Replikat entsperrt</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Unlocking stopped unexpectedly. Please try again.</source>
        <translation>Das Entsperren wurde unerwartet abgebrochen. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: you can try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Fehlversuche: Sie können es in %n Sekunde erneut versuchen.</numerusform>
            <numerusform>Zu viele Fehlversuche: Sie können es in %n Sekunden erneut versuchen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novamind::codec</name>
    <message>
        <source>The document is not a valid JSON object.</source>
        <translation>Das Dokument ist kein gültiges JSON-Objekt.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is missing.</source>
        <translation>Das Feld „%1“ fehlt.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a string.</source>
        <translation>Das Feld „%1“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must not be empty.</source>
        <translation>Das Feld „%1“ darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be one of %2.</source>
        <translation>Das Feld „%1“ muss einen der Werte %2 haben.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a date in the form YYYY-MM-DD.</source>
        <translation>Das Feld „%1“ muss ein Datum im Format JJJJ-MM-TT sein.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an ISO 8601 timestamp with a time zone, such as 2026-01-02T03:04:05.000Z.</source>
        <translation>Das Feld „%1“ muss ein ISO-8601-Zeitstempel mit Zeitzone sein, z. B. 2026-01-02T03:04:05.000Z.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a number.</source>
        <translation>Das Feld „%1“ muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a number from %2 to %3.</source>
        <translation>Das Feld „%1“ muss eine Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a number of at least %2.</source>
        <translation>Das Feld „%1“ muss eine Zahl von mindestens %2 sein.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an integer.</source>
        <translation>Das Feld „%1“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an integer from %2 to %3.</source>
        <translation>Das Feld „%1“ muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an integer of at least %2.</source>
        <translation>Das Feld „%1“ muss eine ganze Zahl von mindestens %2 sein.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an array.</source>
        <translation>Das Feld „%1“ muss ein Array sein.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an object.</source>
        <translation>Das Feld „%1“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must not be earlier than &quot;%2&quot;.</source>
        <translation>Das Feld „%1“ darf nicht vor „%2“ liegen.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is required when &quot;%2&quot; is %3.</source>
        <translation>Das Feld „%1“ ist erforderlich, wenn „%2“ den Wert %3 hat.</translation>
    </message>
</context>
</TS>
