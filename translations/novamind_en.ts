<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>That patient is not available to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access is for clinicians; your role cannot use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Emergency access needs a reason of at least %n characters.</source>
        <translation>
            <numerusform>Emergency access needs a reason of at least %n characters.</numerusform>
            <numerusform>Emergency access needs a reason of at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency access lasts between 1 minute and %1 hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>This assessment is signed and can no longer change; amend it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the clinician who started a draft can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That assessment does not exist on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment is already signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the clinician who entered an assessment can sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every item before signing; this instrument has no total without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That draft no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the clinician who started a draft can delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suicide item is positive or unanswered; acknowledge the alert before signing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>The disk is full; %1 was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to write %1; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditBatch</name>
    <message>
        <source>device_id must be a string of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device_id must not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.seq must be a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 must be Unicode text without NUL characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.prev_hash must be 64 lower-case hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.hash must be 64 lower-case hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.seq must be greater than the seq of the entry before it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 is missing: the chain jumps from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 does not link to the entry before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 was altered: its hash does not match its contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail was cut short: entry %1 onwards is missing, although the server acknowledged entries up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the one the server acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditShipper</name>
    <message>
        <source>The server&apos;s copy of this replica&apos;s audit trail does not match the local one; contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server acknowledged audit entries that differ from the ones this replica sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>The server sent changes this device could not apply; nothing of them was kept. Try syncing again, and tell your administrator if this repeats.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicalStyle</name>
    <message>
        <source>Below cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependence symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harmful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harmful use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazardous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazardous use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderately severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible dependence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable PTSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional PTSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicide item unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <comment>risk level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <comment>risk level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <comment>risk level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imminent</source>
        <comment>risk level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortImporter</name>
    <message numerus="yes">
        <source>This replica already holds %n patients; seed-demo fills only an empty one.</source>
        <translation>
            <numerusform>This replica already holds %n patients; seed-demo fills only an empty one.</numerusform>
            <numerusform>This replica already holds %n patients; seed-demo fills only an empty one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>That conflict has already been resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged record must keep the record&apos;s id and patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer holds this patient; patients cannot be re-created from this device. Take the server&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging needs the merged record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CppRestTransport</name>
    <message>
        <source>The certificate pin must be a SHA-256 digest: &quot;sha256//&quot; followed by base64, plain base64, or 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlOptions</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option --%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database key has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no replica database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica database&apos;s permissions could not be restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica could not switch to write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyAccess</name>
    <message>
        <source>Enter the patient&apos;s MRN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access is for clinicians; your role cannot use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient with that MRN is in this replica.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityTables</name>
    <message>
        <source>The record is of a type this version does not know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FhirResponseReader</name>
    <message>
        <source>The file is not FHIR JSON; expected a QuestionnaireResponse or a Bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a FHIR %1; expected a QuestionnaireResponse or a Bundle of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document without resourceType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds no QuestionnaireResponse to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire response %1 answers a questionnaire this app does not support (%2); supported are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire response %1 is not completed (status “%2”); only completed ones are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire response %1 names no patient this app can match; its subject must be Patient/&lt;id&gt; or a Patient entry of the same bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire response %1 has an item “%2” that %3 does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire response %1 answers item “%2” more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire response %1 leaves item “%2” unanswered; every item is needed to score it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire response %1 answers item “%2” with a value %3 does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentLibrary</name>
    <message>
        <source>Unknown instrument “%1”: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1 (item %1, “%2”) must be one of %3; got %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sex “%1”: use female or male.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cut-offs differ by sex: give the patient&apos;s sex (female or male).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 items; got %3 answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 items; got %3 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instrument definition %1 is invalid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no answer options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an answer without a non-negative integer score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an answer without a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has two answers scored %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a malformed LOINC answer code “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names an unknown item “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names item “%2” twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option set “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item id “%1” is not lower snake case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item id “%1” is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid LOINC code “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an unknown option set “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band “%1” has no valid min and max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band name “%1” is not lower snake case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band “%1” has an unknown sex “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it mixes sex-specific and general bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bands leave a gap or overlap at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bands do not end at the highest total, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its total rule is not “sum”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its prorating rule needs maxMissing between 1 and the item count less one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its prorating rounding is not half_up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its prorating rule cites no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its missing-answer rule “%1” is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscale name “%1” is not lower snake case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscale “%1” is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscale “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag name “%1” is not lower snake case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag “%1” is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a group whose min is not between 1 and its item count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown rule “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a threshold outside the scores of item “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id “%1” is not lower-case letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no name or short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cites no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it states no licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its panel LOINC code “%1” is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its total LOINC code “%1” is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the instrument definition %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instrument “%1” is defined twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyVault</name>
    <message>
        <source>“%1” is not a valid user id: use letters, digits and . _ @ -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters long.</source>
        <translation>
            <numerusform>The passphrase must be at least %n characters long.</numerusform>
            <numerusform>The passphrase must be at least %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key derivation parameters are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrapping the database key failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is missing, so the replica cannot be unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged (it is far too large).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON; it may be truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Novamind key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 was written by a newer version of Novamind; update Novamind to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the replica id is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key slots are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key slot has no valid user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key slot of %1 has unsupported key derivation parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key slot of %1 is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 has two key slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 has no key slots left; the replica has been erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 has no key for this replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong, or that user&apos;s key slot has been damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 already has a key for this replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the last key; removing it would erase the replica for good.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This replica was made by a newer version of Novamind (schema %1; this version knows up to %2). Update Novamind to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration %1 (%2) differs from the one applied to this replica; refusing to open it with a modified schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the replica to schema %1 failed; it was left at the previous version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The server&apos;s answer did not match what was sent; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That change is no longer waiting to be retried.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientDeletion</name>
    <message>
        <source>That patient is not among your deleted patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a patient is a clinical decision; your role cannot do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a patient needs a reason of %1 to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientRecordRows</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientRemoval</name>
    <message numerus="yes">
        <source>This patient has %n change(s) not yet sent to the server; removing the patient would lose them. Sync first, or confirm that they may be lost.</source>
        <translation>
            <numerusform>This patient has %n change not yet sent to the server; removing the patient would lose it. Sync first, or confirm that it may be lost.</numerusform>
            <numerusform>This patient has %n changes not yet sent to the server; removing the patient would lose them. Sync first, or confirm that they may be lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientRemovalPrompt</name>
    <message>
        <source>Remove patient from this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this patient from this device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of the patient&apos;s records on this device (details, notes, medications, assessments, twin data) are deleted and wiped from the disk. The server keeps them: they come back with a later sync while you are still in this patient&apos;s care. The removal is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to this patient not yet sent to the server will be lost for good.</source>
        <translation type="unfinished">
            <numerusform>%n change to this patient not yet sent to the server will be lost for good.</numerusform>
            <numerusform>%n changes to this patient not yet sent to the server will be lost for good.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that the unsent changes will be lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>That record is not available to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments are entered and signed in the assessment form; a signed one is corrected by amending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of record cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role cannot change clinical records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record differs from the server&apos;s version; resolve that conflict before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record with this id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record cannot move to another patient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordMapping</name>
    <message>
        <source>This record type is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>A replica already exists at %1; refusing to overwrite it without --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no replica at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica database %1 is missing, although its key file exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica database does not belong to this key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 holds a key but has no account in this replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica records an unknown role for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica database is damaged: a page failed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database failed its integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows refer to records that do not exist.</source>
        <translation>
            <numerusform>%n rows refer to records that do not exist.</numerusform>
            <numerusform>%n rows refer to records that do not exist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema is at version %1 of %2; open the replica once to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file has a slot for %1, who has no account in the replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicaScrub</name>
    <message>
        <source>Deleted records could not be wiped from the replica file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The removed records are deleted but could not yet be wiped from the disk because another window or program has the replica open; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>MRN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex at birth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current twin state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No twin state recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1 (model confidence %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serotonin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dopamine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anhedonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norepinephrine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insomnia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GABA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glutamate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acetylcholine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global functioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication adherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom / behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurotransmitter / risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No twin states recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active diagnoses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active medications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOB %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential — contains PHI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size leaves no room to print on; choose another paper size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n state(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n state from %1 to %2.</numerusform>
            <numerusform>%n states from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment total (fraction of maximum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSource</name>
    <message>
        <source>Your role may not print or export clinical records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretReader</name>
    <message>
        <source>Standard input ended before the secret for --%1 was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 given to --%2 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 given to --%2 is too large to hold a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret given to --%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server is not available right now; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server did not accept the sign-in; check the server user and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server is refusing requests for a while; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server refused the request (HTTP status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server refuses sign-ins for a while after too many failed attempts; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server no longer knows this replica&apos;s place in its change feed; a full resync is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server changed while this replica was syncing; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes not yet sent to the server would be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is more than half of this replica&apos;s patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sync stopped before removing %n patient(s) whose care relationship ended on the server, because %1. Nothing of that page was applied.</source>
        <translation>
            <numerusform>The sync stopped before removing %n patient whose care relationship ended on the server, because %1. Nothing of that page was applied.</numerusform>
            <numerusform>The sync stopped before removing %n patients whose care relationship ended on the server, because %1. Nothing of that page was applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Patient details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twin state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RxNorm code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>The server sent a reply this version cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineData</name>
    <message>
        <source>Depression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anhedonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insomnia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serotonin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dopamine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norepinephrine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GABA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glutamate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acetylcholine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global functioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social engagement (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherence (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms (fraction of maximum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurotransmitters (1 = baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour and function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (predicted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: total %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Novamind Clinician: patients and digital twins on an encrypted replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica database file (its key slots are in PATH.keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill the user id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no replica at %1; create one with `novamindctl init --db %1 --user ID --passphrase-file FILE`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display found: run it under a virtual display, e.g. `xvfb-run -a novamind --db %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument %1; see novamind --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient list did not load; run `novamindctl check` on the replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment check: unlock with --user and --passphrase-file, show the main window, print how many patients it lists and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --smoke-test: the file holding the passphrase (- reads standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--smoke-test needs --user and --passphrase-file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind</name>
    <message>
        <source>The replica database is damaged or does not belong to this key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica database is damaged: a page failed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica could not be read or written because of a disk error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica database file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica database is read-only; check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica is busy in another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while using the replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with data already in the replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::AssessmentForm</name>
    <message>
        <source>Assessment entry form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient record has no sex of female or male; choose the cut-offs to use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-offs by sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female cut-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male cut-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicide risk alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have assessed the risk and acted on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the form without saving; drafts saved earlier stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the answers on this device to finish later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the assessment: it can no longer change and is sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: %2, score %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instrument is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough answers for a total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 (prorated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 indicates thoughts of self-harm. Assess suicide risk now and follow your local safety protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many items are unanswered for a total: answer the marked items before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the marked items before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the suicide risk alert before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (thoughts of self-harm) is unanswered. Ask it, or assess suicide risk another way, before signing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::AssessmentHistoryModel</name>
    <message>
        <source>%1 (prorated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::AssessmentHistoryView</name>
    <message>
        <source>&amp;Instrument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument shown in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed assessments, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of totals over time with severity bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed %1 assessments for this patient yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (prorated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Total: %2
Severity: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::AssessmentsPanel</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the instrument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the chosen assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel choosing an instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drafts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsigned drafts for this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no instrument called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft uses an instrument this version does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That draft no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, started %2, %3 of %4 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click again to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation allows no assessment instruments for new assessments on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation does not allow new %1 assessments on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer offered for new assessments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation no longer offers this instrument for new assessments. You can still finish and sign this draft, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::BreakGlassDialog</name>
    <message>
        <source>Emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use emergency access only when a patient you do not care for needs you now. Your reason and every record you open are logged and reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Patient brought to the emergency department, treating clinician unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MRN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;lasts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at least %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::ConflictComparisonModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device — deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server — deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::ConflictDialog</name>
    <message>
        <source>Deleted on this device, changed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on this device, deleted on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on this device and on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflicts and refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions, field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this device&apos;s version to the server, replacing the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the server&apos;s version and discard this device&apos;s change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a version made of the field values ticked in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: every change made here agrees with the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused these changes. They stay on this device until you send them again; correct the record first if the server&apos;s answer asks you to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected change again at the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fused by the server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n highlighted field(s) differ. To merge, tick the value to keep in each row.</source>
        <translation>
            <numerusform>%n highlighted field differs. To merge, tick the value to keep in each row.</numerusform>
            <numerusform>%n highlighted fields differ. To merge, tick the value to keep in each row.</numerusform>
        </translation>
    </message>
    <message>
        <source>One side deleted the record, so the versions cannot be merged: keep yours or take the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::DeletePatientDialog</name>
    <message>
        <source>Delete patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this patient?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After %n day(s) the patient is removed from this device for good.</source>
        <translation>
            <numerusform>After %n day the patient is removed from this device for good.</numerusform>
            <numerusform>After %n days the patient is removed from this device for good.</numerusform>
        </translation>
    </message>
    <message>
        <source>The patient stays on this device until someone removes it for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient disappears from the patient list and from search on this device, for everyone in their care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records stay on this device and on the server; changes not yet sent are still sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can restore the patient from Patient ▸ Deleted patients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deletion is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for deleting the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this patient being deleted? (for example: registered twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters; at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at least %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::DeletedPatientsDialog</name>
    <message>
        <source>Deleted patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patients have been deleted on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the patient in the patient list and search again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove for &amp;good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the patient&apos;s records from this device and wipe them from its disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::FhirExportAction</name>
    <message>
        <source>Save the open patient&apos;s whole record as a FHIR R4 Bundle (JSON) for another system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a patient before exporting it as FHIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export patient as FHIR R4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as F&amp;HIR R4…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::MainWindow</name>
    <message>
        <source>Novamind Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica is locked. Unlock it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment signed; it will be sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patient from the list, or search with Ctrl+F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica &amp;information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the replica and ask for the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emergency access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a patient outside your care relationships, with a logged reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the patient list, to give the open patient the whole window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Novamind Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Novamind Clinician — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica unlocked as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Novamind Clinician — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Replica&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;File&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Schema&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Created&lt;/td&gt;&lt;td&gt;%4 by version %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Signed in as&lt;/td&gt;&lt;td&gt;%6 (%7)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher %1 on SQLite %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Novamind Clinician %1&lt;/h3&gt;&lt;p&gt;Patients, assessments and digital twins on an encrypted local replica.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Novamind Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation has turned off emergency access on this device; ask IT if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation allows no assessment instruments for new assessments on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient was exported as FHIR R4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move patient from this device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the open patient&apos;s records from this device and wipe them from its disk; the server keeps them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient was removed from this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the open patient from the patient list and search on this device, with a reason; it can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted pa&amp;tients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a deleted patient, or remove it from this device for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient was deleted on this device. Patient ▸ Deleted patients… restores it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::PatientListModel</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imminent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden for your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest PHQ-9 raised the suicide-risk flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::PatientListPanel</name>
    <message>
        <source>Search patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10, e.g. F32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients with a diagnosis whose ICD-10 code starts with this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imminent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only patients overdue for an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient list error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock a replica to see your patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patients match your search or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patients are available to you in this replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::PatientOverview</name>
    <message>
        <source>Patient overview error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access (break-glass): you have no care relationship with this patient. This access is time-limited, flagged and audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex / gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::PatientWorkspace</name>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access — every view is logged and reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>born %1 (%n years)</source>
        <translation>
            <numerusform>born %1 (%n years)</numerusform>
            <numerusform>born %1 (%n years)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this patient&apos;s report (identity, twin state, charts, assessments, medications)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export timeline as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a patient before printing a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a patient before exporting a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a patient before exporting the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print patient report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export patient report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after inactivity, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time Novamind Clinician starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;after inactivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://sync.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync server user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the replica user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted certificate authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; the system&apos;s certificates are always trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned server key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: sha256//…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync automatically every, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the sync server as an address like https://sync.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings are managed by your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy has errors; ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organisation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::ServerPasswordDialog</name>
    <message>
        <source>Sign in to the sync server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Novamind Clinician needs your password for the sync server %1. It is kept in memory until the session locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in and sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::SyncController</name>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this device&apos;s changes to the server and fetch everyone else&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts and &amp;refused changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve records changed both here and on the server, and retry refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not set up: enter the server&apos;s address under File › Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled. What was sent or received before stays; the next sync continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove patients from this device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server says you no longer have access to %n patient(s) on this device.</source>
        <translation>
            <numerusform>The server says you no longer have access to %n patient on this device.</numerusform>
            <numerusform>The server says you no longer have access to %n patients on this device.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is every patient here: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is %1 of the %2 patients here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing them loses work not yet sent to the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s)</source>
        <translation>
            <numerusform>%n unsent change</numerusform>
            <numerusform>%n unsent changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft assessment(s)</source>
        <translation>
            <numerusform>%n draft assessment</numerusform>
            <numerusform>%n draft assessments</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove them now? If you are not sure, choose Not now and ask your administrator; the sync stops and nothing is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync complete: %n change(s) sent</source>
        <translation>
            <numerusform>Sync complete: %n change sent</numerusform>
            <numerusform>Sync complete: %n changes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve.</source>
        <translation>
            <numerusform>%n conflict to resolve.</numerusform>
            <numerusform>%n conflicts to resolve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server.</source>
        <translation>
            <numerusform>%n change refused by the server.</numerusform>
            <numerusform>%n changes refused by the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) removed from this device.</source>
        <translation>
            <numerusform>%n patient removed from this device.</numerusform>
            <numerusform>%n patients removed from this device.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bring back cleared patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients not opened for a while were cleared from this device to save space; the next sync fetches them again from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cleared patient(s) are back on this device.</source>
        <translation>
            <numerusform>%n cleared patient is back on this device.</numerusform>
            <numerusform>%n cleared patients are back on this device.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) not opened for a while were cleared from this device; Sync › Bring back cleared patients fetches them again.</source>
        <translation>
            <numerusform>%n patient not opened for a while was cleared from this device; Sync › Bring back cleared patients fetches it again.</numerusform>
            <numerusform>%n patients not opened for a while were cleared from this device; Sync › Bring back cleared patients fetches them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novamind::SyncProgressWidget</name>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this sync; what has been sent or received so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the sync server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling changes: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading everything again: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the sync server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::SyncStatusWidget</name>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server</source>
        <translation>
            <numerusform>%n refused by the server</numerusform>
            <numerusform>%n refused by the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the changes the server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and resolve the conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::TimelineView</name>
    <message>
        <source>Twin timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole timeline (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the twin state as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No twin states are recorded for this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twin state as of the chosen time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag or scroll to zoom, right-drag to pan, click for the state then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag across a chart or scroll to zoom; right-drag or the arrow keys pan; Home shows everything; a click shows the whole twin state at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ medication started  ■ stopped  ○ assessment (score)  - - predicted, shaded: interval  │ as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Severity: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::TwinStateModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imminent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms (fraction of maximum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anhedonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insomnia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurotransmitters (1 = baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serotonin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dopamine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norepinephrine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GABA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glutamate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acetylcholine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global functioning (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication adherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicide risk (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novamind::UnlockDialog</name>
    <message>
        <source>Unlock Novamind Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user id and passphrase to unlock this device&apos;s patient replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user id on this replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. dr.ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase that unlocks your key to this replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking stopped unexpectedly. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: you can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts: you can try again in %n second.</numerusform>
            <numerusform>Too many failed attempts: you can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novamind::codec</name>
    <message>
        <source>The document is not a valid JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an ISO 8601 timestamp with a time zone, such as 2026-01-02T03:04:05.000Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a number of at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an integer from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an integer of at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must not be earlier than &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is required when &quot;%2&quot; is %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
