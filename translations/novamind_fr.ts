<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>That patient is not available to you.</source>
        <translation>Ce patient ne vous est pas accessible.</translation>
    </message>
    <message>
        <source>Emergency access is for clinicians; your role cannot use it.</source>
        <translation>L&apos;accès d&apos;urgence est réservé aux cliniciens&#xa0;; votre rôle ne permet pas de l&apos;utiliser.</translation>
    </message>
    <message numerus="yes">
        <source>Emergency access needs a reason of at least %n characters.</source>
        <translation>
            <numerusform>L&apos;accès d&apos;urgence exige un motif d&apos;au moins %n caractère.</numerusform>
            <numerusform>L&apos;accès d&apos;urgence exige un motif d&apos;au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency access lasts between 1 minute and %1 hours.</source>
        <translation>L&apos;accès d&apos;urgence dure entre 1 minute et %1 heures.</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>This assessment is signed and can no longer change; amend it instead.</source>
        <translation>Cette évaluation est signée et ne peut plus être modifiée&#xa0;; rectifiez-la plutôt par un amendement.</translation>
    </message>
    <message>
        <source>Only the clinician who started a draft can change it.</source>
        <translation>Seul le clinicien qui a commencé un brouillon peut le modifier.</translation>
    </message>
    <message>
        <source>That assessment does not exist on this device.</source>
        <translation>Cette évaluation n&apos;existe pas sur cet appareil.</translation>
    </message>
    <message>
        <source>This assessment is already signed.</source>
        <translation>Cette évaluation est déjà signée.</translation>
    </message>
    <message>
        <source>Only the clinician who entered an assessment can sign it.</source>
        <translation>Seul le clinicien qui a saisi une évaluation peut la signer.</translation>
    </message>
    <message>
        <source>Answer every item before signing; this instrument has no total without them.</source>
        <translation>Répondez à tous les items avant de signer&#xa0;; sans eux, cet instrument n&apos;a pas de score total.</translation>
    </message>
    <message>
        <source>That draft no longer exists.</source>
        <translation>Ce brouillon n’existe plus.</translation>
    </message>
    <message>
        <source>Only the clinician who started a draft can delete it.</source>
        <translation>Seul le clinicien qui a commencé un brouillon peut le supprimer.</translation>
    </message>
    <message>
        <source>The suicide item is positive or unanswered; acknowledge the alert before signing.</source>
        <translation>L’item sur le suicide est positif ou sans réponse&#xa0;; confirmez l’alerte avant de signer.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>The disk is full; %1 was left unchanged.</source>
        <translation>Le disque est plein&#xa0;; %1 n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>No permission to write %1; it was left unchanged.</source>
        <translation>Pas d&apos;autorisation d&apos;écriture sur %1&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not write %1; it was left unchanged.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>AuditBatch</name>
    <message>
        <source>device_id must be a string of 1 to %1 characters.</source>
        <translation>device_id doit être une chaîne de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>device_id must not contain control characters.</source>
        <translation>device_id ne doit pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>entries must be an array.</source>
        <translation>entries doit être un tableau.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 doit être un objet.</translation>
    </message>
    <message>
        <source>%1.seq must be a whole number of at least 1.</source>
        <translation>%1.seq doit être un entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>%1.%2 must be a string.</source>
        <translation>%1.%2 doit être une chaîne de caractères.</translation>
    </message>
    <message>
        <source>%1.%2 must be Unicode text without NUL characters.</source>
        <translation>%1.%2 doit être un texte Unicode sans caractère NUL.</translation>
    </message>
    <message>
        <source>%1.prev_hash must be 64 lower-case hexadecimal digits.</source>
        <translation>%1.prev_hash doit comporter 64 chiffres hexadécimaux en minuscules.</translation>
    </message>
    <message>
        <source>%1.hash must be 64 lower-case hexadecimal digits.</source>
        <translation>%1.hash doit comporter 64 chiffres hexadécimaux en minuscules.</translation>
    </message>
    <message>
        <source>%1.seq must be greater than the seq of the entry before it.</source>
        <translation>%1.seq doit être supérieur au seq de l&apos;entrée précédente.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 is missing: the chain jumps from %2 to %3.</source>
        <translation>L&apos;entrée d&apos;audit %1 est manquante&#xa0;: la chaîne passe de %2 à %3.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not link to the entry before it.</source>
        <translation>L&apos;entrée d&apos;audit %1 n&apos;est pas liée à l&apos;entrée précédente.</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered: its hash does not match its contents.</source>
        <translation>L&apos;entrée d&apos;audit %1 a été altérée&#xa0;: son empreinte ne correspond pas à son contenu.</translation>
    </message>
    <message>
        <source>The audit trail was cut short: entry %1 onwards is missing, although the server acknowledged entries up to %2.</source>
        <translation>Le journal d&apos;audit a été tronqué&#xa0;: les entrées à partir de %1 sont manquantes, alors que le serveur a accusé réception des entrées jusqu&apos;à %2.</translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the one the server acknowledged.</source>
        <translation>L&apos;entrée d&apos;audit %1 diffère de celle dont le serveur a accusé réception.</translation>
    </message>
</context>
<context>
    <name>AuditShipper</name>
    <message>
        <source>The server&apos;s copy of this replica&apos;s audit trail does not match the local one; contact your administrator.</source>
        <translation>La copie du journal d&apos;audit de cette réplique sur le serveur ne correspond pas à la copie locale&#xa0;; contactez votre administrateur.</translation>
    </message>
    <message>
        <source>The sync server acknowledged audit entries that differ from the ones this replica sent.</source>
        <translation>Le serveur de synchronisation a accusé réception d&apos;entrées d&apos;audit différentes de celles envoyées par cette réplique.</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>The server sent changes this device could not apply; nothing of them was kept. Try syncing again, and tell your administrator if this repeats.</source>
        <translation>Le serveur a envoyé des modifications que cet appareil n&apos;a pas pu appliquer&#xa0;; aucune n&apos;a été conservée. Relancez la synchronisation et prévenez votre administrateur si cela se reproduit.</translation>
    </message>
</context>
<context>
    <name>ClinicalStyle</name>
    <message>
        <source>Below cut-off</source>
        <translation>Sous le seuil</translation>
    </message>
    <message>
        <source>Dependence symptoms</source>
        <translation>Symptômes de dépendance</translation>
    </message>
    <message>
        <source>Harmful</source>
        <translation>Nocif</translation>
    </message>
    <message>
        <source>Harmful use</source>
        <translation>Usage nocif</translation>
    </message>
    <message>
        <source>Hazardous</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Hazardous use</source>
        <translation>Usage à risque</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risque faible</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Légère</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Minimale</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>Moderately severe</source>
        <translation>Modérément sévère</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Possible dependence</source>
        <translation>Dépendance possible</translation>
    </message>
    <message>
        <source>Probable PTSD</source>
        <translation>TSPT probable</translation>
    </message>
    <message>
        <source>Provisional PTSD</source>
        <translation>TSPT provisoire</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
    <message>
        <source>Suicide item unanswered</source>
        <translation>Item suicide sans réponse</translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation>Risque suicidaire</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>risk level</comment>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Moderate</source>
        <comment>risk level</comment>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>High</source>
        <comment>risk level</comment>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Imminent</source>
        <comment>risk level</comment>
        <translation>Imminent</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>CohortImporter</name>
    <message numerus="yes">
        <source>This replica already holds %n patients; seed-demo fills only an empty one.</source>
        <translation>
            <numerusform>Cette réplique contient déjà %n patient&#xa0;; seed-demo ne remplit qu&apos;une réplique vide.</numerusform>
            <numerusform>Cette réplique contient déjà %n patients&#xa0;; seed-demo ne remplit qu&apos;une réplique vide.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>That conflict has already been resolved.</source>
        <translation>Ce conflit a déjà été résolu.</translation>
    </message>
    <message>
        <source>The merged record must keep the record&apos;s id and patient.</source>
        <translation>L&apos;enregistrement fusionné doit conserver l&apos;identifiant et le patient de l&apos;enregistrement d&apos;origine.</translation>
    </message>
    <message>
        <source>The server no longer holds this patient; patients cannot be re-created from this device. Take the server&apos;s version.</source>
        <translation>Le serveur ne détient plus ce patient&#xa0;; les patients ne peuvent pas être recréés depuis cet appareil. Prenez la version du serveur.</translation>
    </message>
    <message>
        <source>Merging needs the merged record.</source>
        <translation>La fusion nécessite l&apos;enregistrement fusionné.</translation>
    </message>
</context>
<context>
    <name>CppRestTransport</name>
    <message>
        <source>The certificate pin must be a SHA-256 digest: &quot;sha256//&quot; followed by base64, plain base64, or 64 hexadecimal digits.</source>
        <translation>L&apos;épinglage de certificat doit être une empreinte SHA-256&#xa0;: «&#xa0;sha256//&#xa0;» suivi de base64, du base64 seul ou 64 chiffres hexadécimaux.</translation>
    </message>
</context>
<context>
    <name>CtlOptions</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument «&#xa0;%1&#xa0;» inattendu.</translation>
    </message>
    <message>
        <source>Option --%1 takes no value.</source>
        <translation>L&apos;option --%1 n&apos;accepte pas de valeur.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Option --%1 inconnue.</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>L&apos;option --%1 nécessite une valeur.</translation>
    </message>
    <message>
        <source>Option --%1 is given twice.</source>
        <translation>L&apos;option --%1 est indiquée deux fois.</translation>
    </message>
    <message>
        <source>Option --%1 is required.</source>
        <translation>L&apos;option --%1 est obligatoire.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 doit être un nombre entier de %2 à %3.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database key has the wrong length.</source>
        <translation>La clé de la base de données n&apos;a pas la bonne longueur.</translation>
    </message>
    <message>
        <source>There is no replica database at %1.</source>
        <translation>Il n&apos;y a pas de base de données de réplique à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>A file already exists at %1.</source>
        <translation>Un fichier existe déjà à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The replica database&apos;s permissions could not be restricted.</source>
        <translation>Les autorisations de la base de données de la réplique n&apos;ont pas pu être restreintes.</translation>
    </message>
    <message>
        <source>The replica could not switch to write-ahead logging.</source>
        <translation>La réplique n&apos;a pas pu passer en journalisation anticipée (WAL).</translation>
    </message>
</context>
<context>
    <name>EmergencyAccess</name>
    <message>
        <source>Enter the patient&apos;s MRN.</source>
        <translation>Saisissez le numéro de dossier (MRN) du patient.</translation>
    </message>
    <message>
        <source>Emergency access is for clinicians; your role cannot use it.</source>
        <translation>L&apos;accès d&apos;urgence est réservé aux cliniciens&#xa0;; votre rôle ne permet pas de l&apos;utiliser.</translation>
    </message>
    <message>
        <source>No patient with that MRN is in this replica.</source>
        <translation>Aucun patient de cette réplique ne porte ce numéro de dossier (MRN).</translation>
    </message>
</context>
<context>
    <name>EntityTables</name>
    <message>
        <source>The record is of a type this version does not know.</source>
        <translation>L&apos;enregistrement est d&apos;un type que cette version ne connaît pas.</translation>
    </message>
</context>
<context>
    <name>FhirResponseReader</name>
    <message>
        <source>The file is not FHIR JSON; expected a QuestionnaireResponse or a Bundle.</source>
        <translation>Le fichier n&apos;est pas du JSON FHIR ; une QuestionnaireResponse ou un Bundle est attendu.</translation>
    </message>
    <message>
        <source>The file holds a FHIR %1; expected a QuestionnaireResponse or a Bundle of them.</source>
        <translation>Le fichier contient une ressource FHIR %1 ; une QuestionnaireResponse ou un Bundle de celles-ci est attendu.</translation>
    </message>
    <message>
        <source>document without resourceType</source>
        <translation>document sans resourceType</translation>
    </message>
    <message>
        <source>The bundle holds no QuestionnaireResponse to import.</source>
        <translation>Le Bundle ne contient aucune QuestionnaireResponse à importer.</translation>
    </message>
    <message>
        <source>Questionnaire response %1 answers a questionnaire this app does not support (%2); supported are %3.</source>
        <translation>La réponse au questionnaire %1 porte sur un questionnaire que cette application ne prend pas en charge (%2) ; sont pris en charge : %3.</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>aucun indiqué</translation>
    </message>
    <message>
        <source>Questionnaire response %1 is not completed (status “%2”); only completed ones are imported.</source>
        <translation>La réponse au questionnaire %1 n&apos;est pas terminée (statut « %2 ») ; seules les réponses terminées sont importées.</translation>
    </message>
    <message>
        <source>Questionnaire response %1 names no patient this app can match; its subject must be Patient/&lt;id&gt; or a Patient entry of the same bundle.</source>
        <translation>La réponse au questionnaire %1 ne désigne aucun patient que cette application puisse retrouver ; son subject doit être Patient/&lt;id&gt; ou une entrée Patient du même Bundle.</translation>
    </message>
    <message>
        <source>Questionnaire response %1 has an item “%2” that %3 does not have.</source>
        <translation>La réponse au questionnaire %1 contient un item « %2 » que %3 n&apos;a pas.</translation>
    </message>
    <message>
        <source>Questionnaire response %1 answers item “%2” more than once.</source>
        <translation>La réponse au questionnaire %1 répond plus d&apos;une fois à l&apos;item « %2 ».</translation>
    </message>
    <message>
        <source>Questionnaire response %1 leaves item “%2” unanswered; every item is needed to score it.</source>
        <translation>La réponse au questionnaire %1 laisse l&apos;item « %2 » sans réponse ; chaque item est nécessaire pour calculer le score.</translation>
    </message>
    <message>
        <source>Questionnaire response %1 answers item “%2” with a value %3 does not allow.</source>
        <translation>La réponse au questionnaire %1 répond à l&apos;item « %2 » par une valeur que %3 n&apos;autorise pas.</translation>
    </message>
</context>
<context>
    <name>InstrumentLibrary</name>
    <message>
        <source>Unknown instrument “%1”: use one of %2.</source>
        <translation>Instrument «&#xa0;%1&#xa0;» inconnu&#xa0;; instruments disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Answer %1 (item %1, “%2”) must be one of %3; got %4.</source>
        <translation>La réponse %1 (item %1, «&#xa0;%2&#xa0;») doit être l&apos;une des valeurs %3&#xa0;; valeur reçue&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Unknown sex “%1”: use female or male.</source>
        <translation>Sexe «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez female (féminin) ou male (masculin).</translation>
    </message>
    <message>
        <source>%1 cut-offs differ by sex: give the patient&apos;s sex (female or male).</source>
        <translation>Pour %1, les seuils diffèrent selon le sexe&#xa0;: indiquez le sexe du patient (female ou male).</translation>
    </message>
    <message>
        <source>%1 has %2 items; got %3 answer.</source>
        <translation>%1 comporte %2 items&#xa0;; %3 réponse reçue.</translation>
    </message>
    <message>
        <source>%1 has %2 items; got %3 answers.</source>
        <translation>%1 comporte %2 items&#xa0;; %3 réponses reçues.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The instrument definition %1 is invalid: %2.</source>
        <translation>La définition d&apos;instrument %1 n&apos;est pas valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 has no answer options</source>
        <translation>%1&#xa0;: aucune option de réponse</translation>
    </message>
    <message>
        <source>%1 has an answer without a non-negative integer score</source>
        <translation>%1&#xa0;: une réponse n&apos;a pas de score entier positif ou nul</translation>
    </message>
    <message>
        <source>%1 has an answer without a label</source>
        <translation>%1&#xa0;: une réponse n&apos;a pas de libellé</translation>
    </message>
    <message>
        <source>%1 has two answers scored %2</source>
        <translation>%1&#xa0;: deux réponses ont le score %2</translation>
    </message>
    <message>
        <source>%1 has a malformed LOINC answer code “%2”</source>
        <translation>%1&#xa0;: code de réponse LOINC «&#xa0;%2&#xa0;» mal formé</translation>
    </message>
    <message>
        <source>%1 lists no items</source>
        <translation>%1&#xa0;: aucun item listé</translation>
    </message>
    <message>
        <source>%1 names an unknown item “%2”</source>
        <translation>%1&#xa0;: item «&#xa0;%2&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>%1 names item “%2” twice</source>
        <translation>%1&#xa0;: l&apos;item «&#xa0;%2&#xa0;» est cité deux fois</translation>
    </message>
    <message>
        <source>option set “%1”</source>
        <translation>jeu d&apos;options «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>it has no items</source>
        <translation>elle ne contient aucun item</translation>
    </message>
    <message>
        <source>item “%1”</source>
        <translation>item «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an item id “%1” is not lower snake case</source>
        <translation>l&apos;identifiant d&apos;item «&#xa0;%1&#xa0;» n&apos;est pas en snake_case minuscule</translation>
    </message>
    <message>
        <source>item id “%1” is used twice</source>
        <translation>l&apos;identifiant d&apos;item «&#xa0;%1&#xa0;» est utilisé deux fois</translation>
    </message>
    <message>
        <source>%1 has no text</source>
        <translation>%1&#xa0;: aucun texte</translation>
    </message>
    <message>
        <source>%1 has an invalid LOINC code “%2”</source>
        <translation>%1&#xa0;: code LOINC «&#xa0;%2&#xa0;» non valide</translation>
    </message>
    <message>
        <source>%1 uses an unknown option set “%2”</source>
        <translation>%1&#xa0;: jeu d&apos;options «&#xa0;%2&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>band “%1” has no valid min and max</source>
        <translation>la tranche «&#xa0;%1&#xa0;» n&apos;a pas de min et de max valides</translation>
    </message>
    <message>
        <source>band name “%1” is not lower snake case</source>
        <translation>le nom de tranche «&#xa0;%1&#xa0;» n&apos;est pas en snake_case minuscule</translation>
    </message>
    <message>
        <source>band “%1” has an unknown sex “%2”</source>
        <translation>la tranche «&#xa0;%1&#xa0;» a un sexe inconnu, «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>it has no bands</source>
        <translation>elle ne définit aucune tranche</translation>
    </message>
    <message>
        <source>it mixes sex-specific and general bands</source>
        <translation>elle mélange des tranches spécifiques au sexe et des tranches générales</translation>
    </message>
    <message>
        <source>the bands leave a gap or overlap at %1</source>
        <translation>les tranches présentent un trou ou un chevauchement à %1</translation>
    </message>
    <message>
        <source>the bands do not end at the highest total, %1</source>
        <translation>les tranches ne s&apos;arrêtent pas au total maximal, %1</translation>
    </message>
    <message>
        <source>its total rule is not “sum”</source>
        <translation>sa règle de total n&apos;est pas «&#xa0;sum&#xa0;»</translation>
    </message>
    <message>
        <source>its prorating rule needs maxMissing between 1 and the item count less one</source>
        <translation>sa règle de prorata exige un maxMissing compris entre 1 et le nombre d&apos;items moins un</translation>
    </message>
    <message>
        <source>its prorating rounding is not half_up</source>
        <translation>son arrondi de prorata n&apos;est pas half_up</translation>
    </message>
    <message>
        <source>its prorating rule cites no source</source>
        <translation>sa règle de prorata ne cite aucune source</translation>
    </message>
    <message>
        <source>its missing-answer rule “%1” is unknown</source>
        <translation>sa règle pour les réponses manquantes, «&#xa0;%1&#xa0;», est inconnue</translation>
    </message>
    <message>
        <source>subscale name “%1” is not lower snake case</source>
        <translation>le nom de sous-échelle «&#xa0;%1&#xa0;» n&apos;est pas en snake_case minuscule</translation>
    </message>
    <message>
        <source>subscale “%1” is defined twice</source>
        <translation>la sous-échelle «&#xa0;%1&#xa0;» est définie deux fois</translation>
    </message>
    <message>
        <source>subscale “%1”</source>
        <translation>sous-échelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>flag “%1”</source>
        <translation>indicateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>flag name “%1” is not lower snake case</source>
        <translation>le nom d&apos;indicateur «&#xa0;%1&#xa0;» n&apos;est pas en snake_case minuscule</translation>
    </message>
    <message>
        <source>flag “%1” is defined twice</source>
        <translation>l&apos;indicateur «&#xa0;%1&#xa0;» est défini deux fois</translation>
    </message>
    <message>
        <source>%1 has no groups</source>
        <translation>%1&#xa0;: aucun groupe</translation>
    </message>
    <message>
        <source>%1 has a group whose min is not between 1 and its item count</source>
        <translation>%1&#xa0;: un groupe a un min qui n&apos;est pas compris entre 1 et son nombre d&apos;items</translation>
    </message>
    <message>
        <source>%1 has an unknown rule “%2”</source>
        <translation>%1&#xa0;: règle «&#xa0;%2&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>%1 has a threshold outside the scores of item “%2”</source>
        <translation>%1&#xa0;: un seuil est en dehors des scores de l&apos;item «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>it is not a JSON object (%1)</source>
        <translation>ce n&apos;est pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>its id “%1” is not lower-case letters and digits</source>
        <translation>son identifiant «&#xa0;%1&#xa0;» ne se compose pas uniquement de lettres minuscules et de chiffres</translation>
    </message>
    <message>
        <source>it has no name or short name</source>
        <translation>elle n&apos;a ni nom ni nom abrégé</translation>
    </message>
    <message>
        <source>it cites no source</source>
        <translation>elle ne cite aucune source</translation>
    </message>
    <message>
        <source>it states no licence</source>
        <translation>elle n&apos;indique aucune licence</translation>
    </message>
    <message>
        <source>its panel LOINC code “%1” is invalid</source>
        <translation>son code LOINC de panel «&#xa0;%1&#xa0;» n&apos;est pas valide</translation>
    </message>
    <message>
        <source>its total LOINC code “%1” is invalid</source>
        <translation>son code LOINC de total «&#xa0;%1&#xa0;» n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Cannot read the instrument definition %1.</source>
        <translation>Impossible de lire la définition d&apos;instrument %1.</translation>
    </message>
    <message>
        <source>The instrument “%1” is defined twice.</source>
        <translation>L&apos;instrument «&#xa0;%1&#xa0;» est défini deux fois.</translation>
    </message>
</context>
<context>
    <name>KeyVault</name>
    <message>
        <source>“%1” is not a valid user id: use letters, digits and . _ @ -.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant utilisateur valide&#xa0;: utilisez des lettres, des chiffres et . _ @ -.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters long.</source>
        <translation>
            <numerusform>La phrase secrète doit comporter au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key derivation parameters are out of range.</source>
        <translation>Les paramètres de dérivation de clé sont hors limites.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed.</source>
        <translation>La dérivation de la clé à partir de la phrase secrète a échoué.</translation>
    </message>
    <message>
        <source>Wrapping the database key failed.</source>
        <translation>L&apos;encapsulation de la clé de la base de données a échoué.</translation>
    </message>
    <message>
        <source>The key file %1 is missing, so the replica cannot be unlocked.</source>
        <translation>Le fichier de clés %1 est introuvable&#xa0;; la réplique ne peut donc pas être déverrouillée.</translation>
    </message>
    <message>
        <source>The key file %1 could not be read.</source>
        <translation>Le fichier de clés %1 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged (it is far too large).</source>
        <translation>Le fichier de clés %1 est endommagé (il est beaucoup trop volumineux).</translation>
    </message>
    <message>
        <source>The key file %1 is damaged (%2).</source>
        <translation>Le fichier de clés %1 est endommagé (%2).</translation>
    </message>
    <message>
        <source>it is not valid JSON; it may be truncated</source>
        <translation>ce n&apos;est pas du JSON valide&#xa0;; il est peut-être tronqué</translation>
    </message>
    <message>
        <source>it is not a Novamind key file</source>
        <translation>ce n&apos;est pas un fichier de clés Novamind</translation>
    </message>
    <message>
        <source>The key file %1 was written by a newer version of Novamind; update Novamind to open it.</source>
        <translation>Le fichier de clés %1 a été écrit par une version plus récente de Novamind&#xa0;; mettez à jour Novamind pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>version de format inconnue</translation>
    </message>
    <message>
        <source>the replica id is missing</source>
        <translation>l&apos;identifiant de la réplique est manquant</translation>
    </message>
    <message>
        <source>the key slots are missing</source>
        <translation>les emplacements de clé sont manquants</translation>
    </message>
    <message>
        <source>a key slot has no valid user id</source>
        <translation>un emplacement de clé n&apos;a pas d&apos;identifiant utilisateur valide</translation>
    </message>
    <message>
        <source>the key slot of %1 has unsupported key derivation parameters</source>
        <translation>l&apos;emplacement de clé de %1 a des paramètres de dérivation de clé non pris en charge</translation>
    </message>
    <message>
        <source>the key slot of %1 is malformed</source>
        <translation>l&apos;emplacement de clé de %1 est mal formé</translation>
    </message>
    <message>
        <source>user %1 has two key slots</source>
        <translation>l&apos;utilisateur %1 a deux emplacements de clé</translation>
    </message>
    <message>
        <source>The key file %1 has no key slots left; the replica has been erased.</source>
        <translation>Le fichier de clés %1 n&apos;a plus aucun emplacement de clé&#xa0;; la réplique a été effacée.</translation>
    </message>
    <message>
        <source>User %1 has no key for this replica.</source>
        <translation>L&apos;utilisateur %1 n&apos;a pas de clé pour cette réplique.</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong, or that user&apos;s key slot has been damaged.</source>
        <translation>La phrase secrète de %1 est incorrecte, ou l&apos;emplacement de clé de cet utilisateur a été endommagé.</translation>
    </message>
    <message>
        <source>User %1 already has a key for this replica.</source>
        <translation>L&apos;utilisateur %1 a déjà une clé pour cette réplique.</translation>
    </message>
    <message>
        <source>%1 holds the last key; removing it would erase the replica for good.</source>
        <translation>%1 détient la dernière clé&#xa0;; la supprimer effacerait définitivement la réplique.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This replica was made by a newer version of Novamind (schema %1; this version knows up to %2). Update Novamind to open it.</source>
        <translation>Cette réplique a été créée par une version plus récente de Novamind (schéma %1&#xa0;; cette version connaît les schémas jusqu&apos;au %2). Mettez à jour Novamind pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Schema migration %1 (%2) differs from the one applied to this replica; refusing to open it with a modified schema.</source>
        <translation>La migration de schéma %1 (%2) diffère de celle appliquée à cette réplique&#xa0;; ouverture refusée avec un schéma modifié.</translation>
    </message>
    <message>
        <source>Upgrading the replica to schema %1 failed; it was left at the previous version.</source>
        <translation>La mise à niveau de la réplique vers le schéma %1 a échoué&#xa0;; elle est restée à la version précédente.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The server&apos;s answer did not match what was sent; nothing was recorded.</source>
        <translation>La réponse du serveur ne correspondait pas à ce qui avait été envoyé&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>That change is no longer waiting to be retried.</source>
        <translation>Cette modification n&apos;est plus en attente d&apos;un nouvel essai.</translation>
    </message>
</context>
<context>
    <name>PatientDeletion</name>
    <message>
        <source>That patient is not among your deleted patients.</source>
        <translation>Ce patient ne fait pas partie de vos patients supprimés.</translation>
    </message>
    <message>
        <source>Deleting a patient is a clinical decision; your role cannot do it.</source>
        <translation>Supprimer un patient est une décision clinique ; votre rôle ne le permet pas.</translation>
    </message>
    <message>
        <source>Deleting a patient needs a reason of %1 to %2 characters.</source>
        <translation>La suppression d&apos;un patient demande un motif de %1 à %2 caractères.</translation>
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
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Latest response</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinicien</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Début de validité</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Fin de validité</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Sans date de fin</translation>
    </message>
</context>
<context>
    <name>PatientRemoval</name>
    <message numerus="yes">
        <source>This patient has %n change(s) not yet sent to the server; removing the patient would lose them. Sync first, or confirm that they may be lost.</source>
        <translation>
            <numerusform>Ce patient a %n modification pas encore envoyée au serveur ; le retirer la perdrait. Synchronisez d&apos;abord, ou confirmez qu&apos;elle peut être perdue.</numerusform>
            <numerusform>Ce patient a %n modifications pas encore envoyées au serveur ; le retirer les perdrait. Synchronisez d&apos;abord, ou confirmez qu&apos;elles peuvent être perdues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientRemovalPrompt</name>
    <message>
        <source>Remove patient from this device</source>
        <translation>Retirer le patient de cet appareil</translation>
    </message>
    <message>
        <source>Remove this patient from this device?</source>
        <translation>Retirer ce patient de cet appareil ?</translation>
    </message>
    <message>
        <source>All of the patient&apos;s records on this device (details, notes, medications, assessments, twin data) are deleted and wiped from the disk. The server keeps them: they come back with a later sync while you are still in this patient&apos;s care. The removal is recorded in the audit trail.</source>
        <translation>Tous les enregistrements du patient sur cet appareil (coordonnées, notes, traitements, évaluations, données du jumeau) sont supprimés et effacés du disque. Le serveur les conserve : ils reviennent lors d&apos;une synchronisation ultérieure tant que vous suivez encore ce patient. Le retrait est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to this patient not yet sent to the server will be lost for good.</source>
        <translation>
            <numerusform>%n modification de ce patient pas encore envoyée au serveur sera définitivement perdue.</numerusform>
            <numerusform>%n modifications de ce patient pas encore envoyées au serveur seront définitivement perdues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from this device</source>
        <translation>Retirer de cet appareil</translation>
    </message>
    <message>
        <source>I understand that the unsent changes will be lost</source>
        <translation>Je comprends que les modifications non envoyées seront perdues</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>That record is not available to you.</source>
        <translation>Cet enregistrement ne vous est pas accessible.</translation>
    </message>
    <message>
        <source>Assessments are entered and signed in the assessment form; a signed one is corrected by amending it.</source>
        <translation>Les évaluations sont saisies et signées dans le formulaire d&apos;évaluation&#xa0;; une évaluation signée se corrige par un amendement.</translation>
    </message>
    <message>
        <source>This kind of record cannot be changed here.</source>
        <translation>Ce type d&apos;enregistrement ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>Your role cannot change clinical records.</source>
        <translation>Votre rôle ne permet pas de modifier les enregistrements cliniques.</translation>
    </message>
    <message>
        <source>This record differs from the server&apos;s version; resolve that conflict before changing it.</source>
        <translation>Cet enregistrement diffère de la version du serveur&#xa0;; résolvez ce conflit avant de le modifier.</translation>
    </message>
    <message>
        <source>A record with this id already exists.</source>
        <translation>Un enregistrement avec cet identifiant existe déjà.</translation>
    </message>
    <message>
        <source>A record cannot move to another patient.</source>
        <translation>Un enregistrement ne peut pas être rattaché à un autre patient.</translation>
    </message>
</context>
<context>
    <name>RecordMapping</name>
    <message>
        <source>This record type is unknown.</source>
        <translation>Ce type d&apos;enregistrement est inconnu.</translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>A replica already exists at %1; refusing to overwrite it without --force.</source>
        <translation>Une réplique existe déjà à l&apos;emplacement %1&#xa0;; elle ne sera pas écrasée sans --force.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>There is no replica at %1.</source>
        <translation>Il n&apos;y a pas de réplique à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The replica database %1 is missing, although its key file exists.</source>
        <translation>La base de données de réplique %1 est introuvable, alors que son fichier de clés existe.</translation>
    </message>
    <message>
        <source>The replica database does not belong to this key file.</source>
        <translation>La base de données de réplique ne correspond pas à ce fichier de clés.</translation>
    </message>
    <message>
        <source>User %1 holds a key but has no account in this replica.</source>
        <translation>L&apos;utilisateur %1 détient une clé mais n&apos;a pas de compte dans cette réplique.</translation>
    </message>
    <message>
        <source>The replica records an unknown role for %1.</source>
        <translation>La réplique enregistre un rôle inconnu pour %1.</translation>
    </message>
    <message>
        <source>The replica database is damaged: a page failed its integrity check.</source>
        <translation>La base de données de réplique est endommagée&#xa0;: une page a échoué au contrôle d&apos;intégrité.</translation>
    </message>
    <message>
        <source>The database failed its integrity check: %1</source>
        <translation>La base de données a échoué au contrôle d&apos;intégrité&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows refer to records that do not exist.</source>
        <translation>
            <numerusform>%n ligne fait référence à un enregistrement inexistant.</numerusform>
            <numerusform>%n lignes font référence à des enregistrements inexistants.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema is at version %1 of %2; open the replica once to upgrade it.</source>
        <translation>Le schéma est à la version %1 sur %2&#xa0;; ouvrez la réplique une fois pour le mettre à niveau.</translation>
    </message>
    <message>
        <source>The key file has a slot for %1, who has no account in the replica.</source>
        <translation>Le fichier de clés a un emplacement pour %1, qui n&apos;a pas de compte dans la réplique.</translation>
    </message>
    <message>
        <source>The replica is locked.</source>
        <translation>La réplique est verrouillée.</translation>
    </message>
</context>
<context>
    <name>ReplicaScrub</name>
    <message>
        <source>Deleted records could not be wiped from the replica file.</source>
        <translation>Les enregistrements supprimés n&apos;ont pas pu être effacés du fichier de la réplique.</translation>
    </message>
    <message>
        <source>The removed records are deleted but could not yet be wiped from the disk because another window or program has the replica open; close it and try again.</source>
        <translation>Les enregistrements retirés sont supprimés mais n&apos;ont pas encore pu être effacés du disque, car une autre fenêtre ou un autre programme a la réplique ouverte ; fermez-la et réessayez.</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>MRN %1</source>
        <translation>NDM %1</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Né(e) le %1</translation>
    </message>
    <message>
        <source>Sex at birth: %1</source>
        <translation>Sexe à la naissance : %1</translation>
    </message>
    <message>
        <source>Current twin state</source>
        <translation>État actuel du jumeau</translation>
    </message>
    <message>
        <source>No twin state recorded.</source>
        <translation>Aucun état du jumeau enregistré.</translation>
    </message>
    <message>
        <source>As of %1 (model confidence %2)</source>
        <translation>Au %1 (confiance du modèle %2)</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>Dépression</translation>
    </message>
    <message>
        <source>Serotonin</source>
        <translation>Sérotonine</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Anxiété</translation>
    </message>
    <message>
        <source>Dopamine</source>
        <translation>Dopamine</translation>
    </message>
    <message>
        <source>Anhedonia</source>
        <translation>Anhédonie</translation>
    </message>
    <message>
        <source>Norepinephrine</source>
        <translation>Noradrénaline</translation>
    </message>
    <message>
        <source>Insomnia</source>
        <translation>Insomnie</translation>
    </message>
    <message>
        <source>GABA</source>
        <translation>GABA</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sommeil</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Glutamate</source>
        <translation>Glutamate</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Acetylcholine</source>
        <translation>Acétylcholine</translation>
    </message>
    <message>
        <source>Social engagement</source>
        <translation>Engagement social</translation>
    </message>
    <message>
        <source>Global functioning</source>
        <translation>Fonctionnement global</translation>
    </message>
    <message>
        <source>Medication adherence</source>
        <translation>Observance médicamenteuse</translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation>Risque suicidaire</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Symptom / behaviour</source>
        <translation>Symptôme / comportement</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Neurotransmitter / risk</source>
        <translation>Neurotransmetteur / risque</translation>
    </message>
    <message>
        <source>Latest assessments</source>
        <translation>Dernières évaluations</translation>
    </message>
    <message>
        <source>No completed assessments.</source>
        <translation>Aucune évaluation terminée.</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Sévérité</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>No twin states recorded.</source>
        <translation>Aucun état du jumeau enregistré.</translation>
    </message>
    <message>
        <source>Active diagnoses: %1</source>
        <translation>Diagnostics actifs : %1</translation>
    </message>
    <message>
        <source>Active medications</source>
        <translation>Médicaments en cours</translation>
    </message>
    <message>
        <source>No active medications.</source>
        <translation>Aucun médicament en cours.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>Historique des évaluations</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinicien</translation>
    </message>
    <message>
        <source>DOB %1</source>
        <translation>Né(e) le %1</translation>
    </message>
    <message>
        <source>Patient report</source>
        <translation>Rapport patient</translation>
    </message>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>Imprimé par %1 le %2</translation>
    </message>
    <message>
        <source>Confidential — contains PHI</source>
        <translation>Confidentiel — contient des données de santé</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The page size leaves no room to print on; choose another paper size.</source>
        <translation>Le format de page ne laisse aucune place pour imprimer ; choisissez un autre format de papier.</translation>
    </message>
    <message>
        <source>The report could not be rendered.</source>
        <translation>Le rapport n’a pas pu être généré.</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n état du %1 au %2.</numerusform>
            <numerusform>%n états du %1 au %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment total (fraction of maximum)</source>
        <translation>Score total d’évaluation (fraction du maximum)</translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation>Début d’un médicament</translation>
    </message>
</context>
<context>
    <name>ReportSource</name>
    <message>
        <source>Your role may not print or export clinical records.</source>
        <translation>Votre rôle ne permet pas d’imprimer ni d’exporter des dossiers cliniques.</translation>
    </message>
</context>
<context>
    <name>SecretReader</name>
    <message>
        <source>Standard input ended before the secret for --%1 was read.</source>
        <translation>L&apos;entrée standard s&apos;est terminée avant la lecture du secret pour --%1.</translation>
    </message>
    <message>
        <source>The file %1 given to --%2 could not be read.</source>
        <translation>Le fichier %1 indiqué pour --%2 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The file %1 given to --%2 is too large to hold a passphrase.</source>
        <translation>Le fichier %1 indiqué pour --%2 est trop volumineux pour contenir une phrase secrète.</translation>
    </message>
    <message>
        <source>The secret given to --%1 is empty.</source>
        <translation>Le secret indiqué pour --%1 est vide.</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
    <message>
        <source>The sync server is not available right now; try again later.</source>
        <translation>Le serveur de synchronisation n&apos;est pas disponible pour le moment&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The sync server did not accept the sign-in; check the server user and password.</source>
        <translation>Le serveur de synchronisation n&apos;a pas accepté la connexion&#xa0;; vérifiez l&apos;utilisateur et le mot de passe du serveur.</translation>
    </message>
    <message>
        <source>The sync server is refusing requests for a while; try again later.</source>
        <translation>Le serveur de synchronisation refuse les requêtes pour un moment&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The sync server refused the request (HTTP status %1).</source>
        <translation>Le serveur de synchronisation a refusé la requête (statut HTTP %1).</translation>
    </message>
    <message>
        <source>The sync server refused the user name or password.</source>
        <translation>Le serveur de synchronisation a refusé le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The sync server refuses sign-ins for a while after too many failed attempts; try again later.</source>
        <translation>Après trop de tentatives échouées, le serveur de synchronisation refuse les connexions pour un moment&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The sync server no longer knows this replica&apos;s place in its change feed; a full resync is needed.</source>
        <translation>Le serveur de synchronisation ne connaît plus la position de cette réplique dans son flux de modifications&#xa0;; une resynchronisation complète est nécessaire.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
    <message>
        <source>The sync server changed while this replica was syncing; try again.</source>
        <translation>Le serveur de synchronisation a changé pendant la synchronisation de cette réplique&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>changes not yet sent to the server would be lost</source>
        <translation>des modifications pas encore envoyées au serveur seraient perdues</translation>
    </message>
    <message>
        <source>that is more than half of this replica&apos;s patients</source>
        <translation>cela représente plus de la moitié des patients de cette réplique</translation>
    </message>
    <message numerus="yes">
        <source>The sync stopped before removing %n patient(s) whose care relationship ended on the server, because %1. Nothing of that page was applied.</source>
        <translation>
            <numerusform>La synchronisation s&apos;est arrêtée avant de retirer %n patient dont la relation de soins a pris fin sur le serveur, parce que %1. Rien de cette page n&apos;a été appliqué.</numerusform>
            <numerusform>La synchronisation s&apos;est arrêtée avant de retirer %n patients dont la relation de soins a pris fin sur le serveur, parce que %1. Rien de cette page n&apos;a été appliqué.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Patient details</source>
        <translation>Données du patient</translation>
    </message>
    <message>
        <source>Clinical note</source>
        <translation>Note clinique</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Twin state</source>
        <translation>État du jumeau</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Identifiant de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>Identifiant du patient</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinicien</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Diagnosed by</source>
        <translation>Diagnostiqué par</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code system</source>
        <translation>Système de codage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Sévérité</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Date d&apos;apparition</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Résolu le</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observé le</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Value (text)</source>
        <translation>Valeur (texte)</translation>
    </message>
    <message>
        <source>RxNorm code</source>
        <translation>Code RxNorm</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>The server sent a reply this version cannot read.</source>
        <translation>Le serveur a envoyé une réponse que cette version ne sait pas lire.</translation>
    </message>
</context>
<context>
    <name>TimelineData</name>
    <message>
        <source>Depression</source>
        <translation>Dépression</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Anxiété</translation>
    </message>
    <message>
        <source>Anhedonia</source>
        <translation>Anhédonie</translation>
    </message>
    <message>
        <source>Insomnia</source>
        <translation>Insomnie</translation>
    </message>
    <message>
        <source>Serotonin</source>
        <translation>Sérotonine</translation>
    </message>
    <message>
        <source>Dopamine</source>
        <translation>Dopamine</translation>
    </message>
    <message>
        <source>Norepinephrine</source>
        <translation>Noradrénaline</translation>
    </message>
    <message>
        <source>GABA</source>
        <translation>GABA</translation>
    </message>
    <message>
        <source>Glutamate</source>
        <translation>Glutamate</translation>
    </message>
    <message>
        <source>Acetylcholine</source>
        <translation>Acétylcholine</translation>
    </message>
    <message>
        <source>Global functioning</source>
        <translation>Fonctionnement global</translation>
    </message>
    <message>
        <source>Activity (%)</source>
        <translation>Activité (%)</translation>
    </message>
    <message>
        <source>Social engagement (%)</source>
        <translation>Engagement social (%)</translation>
    </message>
    <message>
        <source>Adherence (%)</source>
        <translation>Observance (%)</translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation>Risque suicidaire</translation>
    </message>
    <message>
        <source>Symptoms (fraction of maximum)</source>
        <translation>Symptômes (fraction du maximum)</translation>
    </message>
    <message>
        <source>Neurotransmitters (1 = baseline)</source>
        <translation>Neurotransmetteurs (1 = niveau de base)</translation>
    </message>
    <message>
        <source>Behaviour and function</source>
        <translation>Comportement et fonctionnement</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>%1 (predicted)</source>
        <translation>%1 (prédiction)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Started %1 on %2</source>
        <translation>Introduction&#xa0;: %1, le %2</translation>
    </message>
    <message>
        <source>Stopped %1 on %2</source>
        <translation>Arrêt&#xa0;: %1, le %2</translation>
    </message>
    <message>
        <source>%1 on %2: total %3</source>
        <translation>%1 le %2&#xa0;: total %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Novamind Clinician: patients and digital twins on an encrypted replica.</source>
        <translation>Novamind Clinician&#xa0;: patients et jumeaux numériques sur une réplique chiffrée.</translation>
    </message>
    <message>
        <source>The replica database file (its key slots are in PATH.keys).</source>
        <translation>Le fichier de base de données de la réplique (ses emplacements de clé sont dans CHEMIN.keys).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Prefill the user id.</source>
        <translation>Préremplir l&apos;identifiant utilisateur.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>There is no replica at %1; create one with `novamindctl init --db %1 --user ID --passphrase-file FILE`.</source>
        <translation>Il n&apos;y a pas de réplique à l&apos;emplacement %1&#xa0;; créez-en une avec `novamindctl init --db %1 --user ID --passphrase-file FICHIER`.</translation>
    </message>
    <message>
        <source>No display found: run it under a virtual display, e.g. `xvfb-run -a novamind --db %1`.</source>
        <translation>Aucun affichage trouvé&#xa0;: lancez le programme sur un affichage virtuel, par exemple `xvfb-run -a novamind --db %1`.</translation>
    </message>
    <message>
        <source>Unexpected argument %1; see novamind --help.</source>
        <translation>Argument inattendu %1&#xa0;; voir novamind --help.</translation>
    </message>
    <message>
        <source>The patient list did not load; run `novamindctl check` on the replica.</source>
        <translation>La liste des patients ne s&apos;est pas chargée&#xa0;; lancez `novamindctl check` sur la réplique.</translation>
    </message>
    <message>
        <source>Deployment check: unlock with --user and --passphrase-file, show the main window, print how many patients it lists and exit.</source>
        <translation>Vérification du déploiement&#xa0;: déverrouiller avec --user et --passphrase-file, afficher la fenêtre principale, indiquer combien de patients elle liste et quitter.</translation>
    </message>
    <message>
        <source>With --smoke-test: the file holding the passphrase (- reads standard input).</source>
        <translation>Avec --smoke-test&#xa0;: le fichier contenant la phrase secrète (- lit l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>--smoke-test needs --user and --passphrase-file.</source>
        <translation>--smoke-test nécessite --user et --passphrase-file.</translation>
    </message>
</context>
<context>
    <name>novamind</name>
    <message>
        <source>The replica database is damaged or does not belong to this key file.</source>
        <translation>La base de données de réplique est endommagée ou ne correspond pas à ce fichier de clés.</translation>
    </message>
    <message>
        <source>The replica database is damaged: a page failed its integrity check.</source>
        <translation>La base de données de réplique est endommagée&#xa0;: une page a échoué au contrôle d&apos;intégrité.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;; rien n&apos;a été enregistré. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The replica could not be read or written because of a disk error.</source>
        <translation>La réplique n&apos;a pas pu être lue ou écrite à cause d&apos;une erreur de disque.</translation>
    </message>
    <message>
        <source>The replica database file could not be opened.</source>
        <translation>Le fichier de base de données de la réplique n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The replica database is read-only; check the file&apos;s permissions.</source>
        <translation>La base de données de réplique est en lecture seule&#xa0;; vérifiez les autorisations du fichier.</translation>
    </message>
    <message>
        <source>The replica is busy in another program; try again in a moment.</source>
        <translation>La réplique est utilisée par un autre programme&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Out of memory while using the replica.</source>
        <translation>Mémoire insuffisante lors de l&apos;utilisation de la réplique.</translation>
    </message>
    <message>
        <source>The change conflicts with data already in the replica.</source>
        <translation>La modification est en conflit avec des données déjà présentes dans la réplique.</translation>
    </message>
    <message>
        <source>The replica database reported an error.</source>
        <translation>La base de données de réplique a signalé une erreur.</translation>
    </message>
</context>
<context>
    <name>novamind::AssessmentForm</name>
    <message>
        <source>Assessment entry form</source>
        <translation>Formulaire de saisie de l&apos;évaluation</translation>
    </message>
    <message>
        <source>The patient record has no sex of female or male; choose the cut-offs to use:</source>
        <translation>Le dossier du patient n&apos;indique pas de sexe féminin ou masculin&#xa0;; choisissez les seuils à utiliser&#xa0;:</translation>
    </message>
    <message>
        <source>Cut-offs by sex</source>
        <translation>Seuils selon le sexe</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Female cut-offs</source>
        <translation>Seuils féminins</translation>
    </message>
    <message>
        <source>Male cut-offs</source>
        <translation>Seuils masculins</translation>
    </message>
    <message>
        <source>Suicide risk alert</source>
        <translation>Alerte de risque suicidaire</translation>
    </message>
    <message>
        <source>I have assessed the risk and acted on it</source>
        <translation>J&apos;ai évalué le risque et pris les mesures nécessaires</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Close the form without saving; drafts saved earlier stay.</source>
        <translation>Fermer le formulaire sans enregistrer&#xa0;; les brouillons déjà enregistrés sont conservés.</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Keep the answers on this device to finish later.</source>
        <translation>Conserver les réponses sur cet appareil pour terminer plus tard.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Sign the assessment: it can no longer change and is sent to the server.</source>
        <translation>Signer l&apos;évaluation&#xa0;: elle ne pourra plus être modifiée et sera envoyée au serveur.</translation>
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
        <translation>Item %1&#xa0;: %2, score %3</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>No instrument is open.</source>
        <translation>Aucun instrument n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Réponses&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>Total&#xa0;: —</translation>
    </message>
    <message>
        <source>Not enough answers for a total</source>
        <translation>Pas assez de réponses pour calculer un total</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <source>Total: %1 (prorated)</source>
        <translation>Total&#xa0;: %1 (au prorata)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Item %1 indicates thoughts of self-harm. Assess suicide risk now and follow your local safety protocol.</source>
        <translation>L&apos;item %1 indique des idées d&apos;auto-agression. Évaluez dès maintenant le risque suicidaire et suivez votre protocole de sécurité local.</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Brouillon enregistré à %1.</translation>
    </message>
    <message>
        <source>Too many items are unanswered for a total: answer the marked items before signing.</source>
        <translation>Trop d&apos;items sont sans réponse pour calculer un total&#xa0;: répondez aux items signalés avant de signer.</translation>
    </message>
    <message>
        <source>Answer the marked items before signing.</source>
        <translation>Répondez aux items signalés avant de signer.</translation>
    </message>
    <message>
        <source>Acknowledge the suicide risk alert before signing.</source>
        <translation>Confirmez la prise en compte de l&apos;alerte de risque suicidaire avant de signer.</translation>
    </message>
    <message>
        <source>Signed.</source>
        <translation>Signée.</translation>
    </message>
    <message>
        <source>Item %1 (thoughts of self-harm) is unanswered. Ask it, or assess suicide risk another way, before signing.</source>
        <translation>L’item %1 (pensées d’automutilation) est sans réponse. Posez la question, ou évaluez le risque suicidaire autrement, avant de signer.</translation>
    </message>
</context>
<context>
    <name>novamind::AssessmentHistoryModel</name>
    <message>
        <source>%1 (prorated)</source>
        <translation>%1 (au prorata)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Sévérité</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinicien</translation>
    </message>
</context>
<context>
    <name>novamind::AssessmentHistoryView</name>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument&#xa0;:</translation>
    </message>
    <message>
        <source>Instrument shown in the history</source>
        <translation>Instrument affiché dans l&apos;historique</translation>
    </message>
    <message>
        <source>Signed assessments, newest first</source>
        <translation>Évaluations signées, les plus récentes en premier</translation>
    </message>
    <message>
        <source>Chart of totals over time with severity bands</source>
        <translation>Graphique des totaux dans le temps avec les tranches de sévérité</translation>
    </message>
    <message>
        <source>No signed %1 assessments for this patient yet.</source>
        <translation>Ce patient n&apos;a encore aucune évaluation %1 signée.</translation>
    </message>
    <message>
        <source>%1 (prorated)</source>
        <translation>%1 (au prorata)</translation>
    </message>
    <message>
        <source>%1
Total: %2
Severity: %3</source>
        <translation>%1
Total&#xa0;: %2
Sévérité&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 totals</source>
        <translation>Totaux %1</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>novamind::AssessmentsPanel</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>Choose the instrument:</source>
        <translation>Choisissez l&apos;instrument&#xa0;:</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start the chosen assessment</source>
        <translation>Commencer l&apos;évaluation choisie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel choosing an instrument</source>
        <translation>Annuler le choix d&apos;un instrument</translation>
    </message>
    <message>
        <source>&amp;Drafts:</source>
        <translation>&amp;Brouillons&#xa0;:</translation>
    </message>
    <message>
        <source>Your unsigned drafts for this patient</source>
        <translation>Vos brouillons non signés pour ce patient</translation>
    </message>
    <message>
        <source>&amp;Open draft</source>
        <translation>&amp;Ouvrir le brouillon</translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation>Ouvrir le brouillon sélectionné</translation>
    </message>
    <message>
        <source>There is no instrument called “%1”.</source>
        <translation>Il n&apos;existe aucun instrument nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This draft uses an instrument this version does not have.</source>
        <translation>Ce brouillon utilise un instrument absent de cette version.</translation>
    </message>
    <message>
        <source>That draft no longer exists.</source>
        <translation>Ce brouillon n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1, started %2, %3 of %4 answered</source>
        <translation>%1, commencé le %2, réponses&#xa0;: %3 sur %4</translation>
    </message>
    <message>
        <source>De&amp;lete draft</source>
        <translation>&amp;Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete the selected draft</source>
        <translation>Supprimer le brouillon sélectionné</translation>
    </message>
    <message>
        <source>Click again to delete</source>
        <translation>Cliquez à nouveau pour supprimer</translation>
    </message>
    <message>
        <source>Your organisation allows no assessment instruments for new assessments on this device.</source>
        <translation>Votre organisation n&apos;autorise aucun instrument pour de nouvelles évaluations sur cet appareil.</translation>
    </message>
    <message>
        <source>Your organisation does not allow new %1 assessments on this device.</source>
        <translation>Votre organisation n&apos;autorise pas de nouvelles évaluations %1 sur cet appareil.</translation>
    </message>
    <message>
        <source>%1 (no longer offered for new assessments)</source>
        <translation>%1 (n&apos;est plus proposé pour de nouvelles évaluations)</translation>
    </message>
    <message>
        <source>Your organisation no longer offers this instrument for new assessments. You can still finish and sign this draft, or delete it.</source>
        <translation>Votre organisation ne propose plus cet instrument pour de nouvelles évaluations. Vous pouvez encore terminer et signer ce brouillon, ou le supprimer.</translation>
    </message>
</context>
<context>
    <name>novamind::BreakGlassDialog</name>
    <message>
        <source>Emergency access</source>
        <translation>Accès d&apos;urgence</translation>
    </message>
    <message>
        <source>Use emergency access only when a patient you do not care for needs you now. Your reason and every record you open are logged and reviewed.</source>
        <translation>N&apos;utilisez l&apos;accès d&apos;urgence que lorsqu&apos;un patient que vous ne suivez pas a besoin de vous immédiatement. Votre motif et chaque dossier que vous ouvrez sont journalisés et contrôlés.</translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation>Numéro de dossier médical</translation>
    </message>
    <message>
        <source>Reason for emergency access</source>
        <translation>Motif de l&apos;accès d&apos;urgence</translation>
    </message>
    <message>
        <source>e.g. Patient brought to the emergency department, treating clinician unavailable</source>
        <translation>p. ex. Patient amené aux urgences, clinicien traitant indisponible</translation>
    </message>
    <message>
        <source>Access lasts</source>
        <translation>Durée de l&apos;accès</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 heures</translation>
    </message>
    <message>
        <source>12 hours</source>
        <translation>12 heures</translation>
    </message>
    <message>
        <source>&amp;MRN:</source>
        <translation>&amp;MRN&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>M&amp;otif&#xa0;:</translation>
    </message>
    <message>
        <source>Access &amp;lasts:</source>
        <translation>&amp;Durée de l&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Grant emergency access</source>
        <translation>&amp;Activer l&apos;accès d&apos;urgence</translation>
    </message>
    <message>
        <source>%1 of at least %2 characters</source>
        <translation>Caractères&#xa0;: %1 (minimum %2)</translation>
    </message>
</context>
<context>
    <name>novamind::ConflictComparisonModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This device — deleted</source>
        <translation>Cet appareil — supprimé</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>Server — deleted</source>
        <translation>Serveur — supprimé</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
</context>
<context>
    <name>novamind::ConflictDialog</name>
    <message>
        <source>Deleted on this device, changed on the server</source>
        <translation>Supprimé sur cet appareil, modifié sur le serveur</translation>
    </message>
    <message>
        <source>Changed on this device, deleted on the server</source>
        <translation>Modifié sur cet appareil, supprimé sur le serveur</translation>
    </message>
    <message>
        <source>Changed on this device and on the server</source>
        <translation>Modifié sur cet appareil et sur le serveur</translation>
    </message>
    <message>
        <source>Sync conflicts and refused changes</source>
        <translation>Conflits de synchronisation et modifications refusées</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Both versions, field by field</source>
        <translation>Les deux versions, champ par champ</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>Send this device&apos;s version to the server, replacing the server&apos;s</source>
        <translation>Envoyer la version de cet appareil au serveur, en remplacement de celle du serveur</translation>
    </message>
    <message>
        <source>&amp;Take server&apos;s</source>
        <translation>Prendre la version du &amp;serveur</translation>
    </message>
    <message>
        <source>Use the server&apos;s version and discard this device&apos;s change</source>
        <translation>Utiliser la version du serveur et abandonner la modification de cet appareil</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Send a version made of the field values ticked in the table</source>
        <translation>Envoyer une version composée des valeurs cochées dans le tableau</translation>
    </message>
    <message>
        <source>No conflicts: every change made here agrees with the server.</source>
        <translation>Aucun conflit&#xa0;: chaque modification faite ici concorde avec le serveur.</translation>
    </message>
    <message>
        <source>The server refused these changes. They stay on this device until you send them again; correct the record first if the server&apos;s answer asks you to.</source>
        <translation>Le serveur a refusé ces modifications. Elles restent sur cet appareil jusqu&apos;à ce que vous les renvoyiez&#xa0;; corrigez d&apos;abord l&apos;enregistrement si la réponse du serveur vous le demande.</translation>
    </message>
    <message>
        <source>Changes refused by the server</source>
        <translation>Modifications refusées par le serveur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Effectuée le</translation>
    </message>
    <message>
        <source>The server&apos;s answer</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <source>Send the selected change again at the next sync</source>
        <translation>Renvoyer la modification sélectionnée à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>The replica is not open.</source>
        <translation>La réplique n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation>Détecté le %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Aucun motif indiqué</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Conflits (%1)</translation>
    </message>
    <message>
        <source>Re&amp;fused by the server (%1)</source>
        <translation>&amp;Refusées par le serveur (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n highlighted field(s) differ. To merge, tick the value to keep in each row.</source>
        <translation>
            <numerusform>%n champ en surbrillance diffère. Pour fusionner, cochez dans chaque ligne la valeur à conserver.</numerusform>
            <numerusform>%n champs en surbrillance diffèrent. Pour fusionner, cochez dans chaque ligne la valeur à conserver.</numerusform>
        </translation>
    </message>
    <message>
        <source>One side deleted the record, so the versions cannot be merged: keep yours or take the server&apos;s.</source>
        <translation>L&apos;un des deux côtés a supprimé l&apos;enregistrement, les versions ne peuvent donc pas être fusionnées&#xa0;: gardez la vôtre ou prenez celle du serveur.</translation>
    </message>
</context>
<context>
    <name>novamind::DeletePatientDialog</name>
    <message>
        <source>Delete patient</source>
        <translation>Supprimer le patient</translation>
    </message>
    <message>
        <source>Delete this patient?</source>
        <translation>Supprimer ce patient ?</translation>
    </message>
    <message numerus="yes">
        <source>After %n day(s) the patient is removed from this device for good.</source>
        <translation>
            <numerusform>Après %n jour, le patient est retiré définitivement de cet appareil.</numerusform>
            <numerusform>Après %n jours, le patient est retiré définitivement de cet appareil.</numerusform>
        </translation>
    </message>
    <message>
        <source>The patient stays on this device until someone removes it for good.</source>
        <translation>Le patient reste sur cet appareil jusqu&apos;à ce que quelqu&apos;un le retire définitivement.</translation>
    </message>
    <message>
        <source>The patient disappears from the patient list and from search on this device, for everyone in their care.</source>
        <translation>Le patient disparaît de la liste des patients et de la recherche sur cet appareil, pour tous ceux qui le suivent.</translation>
    </message>
    <message>
        <source>The records stay on this device and on the server; changes not yet sent are still sent at the next sync.</source>
        <translation>Les dossiers restent sur cet appareil et sur le serveur ; les modifications non encore envoyées le sont quand même à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>You can restore the patient from Patient ▸ Deleted patients…</source>
        <translation>Vous pouvez restaurer le patient depuis Patient ▸ Patients supprimés…</translation>
    </message>
    <message>
        <source>The deletion is recorded in the audit trail.</source>
        <translation>La suppression est consignée dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Reason for deleting the patient</source>
        <translation>Motif de la suppression du patient</translation>
    </message>
    <message>
        <source>Why is this patient being deleted? (for example: registered twice)</source>
        <translation>Pourquoi ce patient est-il supprimé ? (par exemple : enregistré deux fois)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>M&amp;otif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delete patient</source>
        <translation>&amp;Supprimer le patient</translation>
    </message>
    <message>
        <source>%1 characters; at most %2</source>
        <translation>%1 caractères ; au plus %2</translation>
    </message>
    <message>
        <source>%1 of at least %2 characters</source>
        <translation>Caractères&#xa0;: %1 (minimum %2)</translation>
    </message>
</context>
<context>
    <name>novamind::DeletedPatientsDialog</name>
    <message>
        <source>Deleted patients</source>
        <translation>Patients supprimés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Supprimé par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>No patients have been deleted on this device.</source>
        <translation>Aucun patient n&apos;a été supprimé sur cet appareil.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Show the patient in the patient list and search again</source>
        <translation>Afficher de nouveau le patient dans la liste des patients et la recherche</translation>
    </message>
    <message>
        <source>Remove for &amp;good…</source>
        <translation>Retirer &amp;définitivement…</translation>
    </message>
    <message>
        <source>Remove the patient&apos;s records from this device and wipe them from its disk</source>
        <translation>Retirer les dossiers du patient de cet appareil et les effacer de son disque</translation>
    </message>
</context>
<context>
    <name>novamind::FhirExportAction</name>
    <message>
        <source>Save the open patient&apos;s whole record as a FHIR R4 Bundle (JSON) for another system</source>
        <translation>Enregistrer le dossier complet du patient ouvert en Bundle FHIR R4 (JSON) pour un autre système</translation>
    </message>
    <message>
        <source>Open a patient before exporting it as FHIR.</source>
        <translation>Ouvrez un patient avant de l&apos;exporter en FHIR.</translation>
    </message>
    <message>
        <source>Export patient as FHIR R4</source>
        <translation>Exporter le patient en FHIR R4</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>JSON FHIR (*.json)</translation>
    </message>
    <message>
        <source>Export as F&amp;HIR R4…</source>
        <translation>Exporter en F&amp;HIR R4…</translation>
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
        <translation>La réplique est verrouillée. Déverrouillez-la pour continuer.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Assessment signed; it will be sent at the next sync.</source>
        <translation>Évaluation signée&#xa0;; elle sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Draft saved on this device.</source>
        <translation>Brouillon enregistré sur cet appareil.</translation>
    </message>
    <message>
        <source>Choose a patient from the list, or search with Ctrl+F.</source>
        <translation>Choisissez un patient dans la liste, ou lancez une recherche avec Ctrl+F.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Replica &amp;information</source>
        <translation>&amp;Informations sur la réplique</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Close the replica and ask for the passphrase again</source>
        <translation>Fermer la réplique et redemander la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Rechercher un patient</translation>
    </message>
    <message>
        <source>&amp;Reload list</source>
        <translation>Recharger la &amp;liste</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>&amp;Nouvelle évaluation</translation>
    </message>
    <message>
        <source>&amp;Emergency access…</source>
        <translation>Accès d&apos;&amp;urgence…</translation>
    </message>
    <message>
        <source>Open a patient outside your care relationships, with a logged reason</source>
        <translation>Ouvrir le dossier d&apos;un patient hors de vos relations de soins, avec un motif journalisé</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Patient &amp;list</source>
        <translation>&amp;Liste des patients</translation>
    </message>
    <message>
        <source>Show or hide the patient list, to give the open patient the whole window</source>
        <translation>Afficher ou masquer la liste des patients, pour laisser toute la fenêtre au patient ouvert</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Novamind Clinician</source>
        <translation>À &amp;propos de Novamind Clinician</translation>
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
        <translation>Réplique déverrouillée en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Novamind Clinician — locked</source>
        <translation>Novamind Clinician — verrouillé</translation>
    </message>
    <message>
        <source>Replica locked</source>
        <translation>Réplique verrouillée</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Replica&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;File&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Schema&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Created&lt;/td&gt;&lt;td&gt;%4 by version %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Signed in as&lt;/td&gt;&lt;td&gt;%6 (%7)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Réplique&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Fichier&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Schéma&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Créée le&lt;/td&gt;&lt;td&gt;%4 par la version %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Connecté en tant que&lt;/td&gt;&lt;td&gt;%6 (%7)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Replica information</source>
        <translation>Informations sur la réplique</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>SQLCipher %1 on SQLite %2</source>
        <translation>SQLCipher %1 sur SQLite %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Novamind Clinician %1&lt;/h3&gt;&lt;p&gt;Patients, assessments and digital twins on an encrypted local replica.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Novamind Clinician %1&lt;/h3&gt;&lt;p&gt;Patients, évaluations et jumeaux numériques sur une réplique locale chiffrée.&lt;/p&gt;&lt;p&gt;Réalisé avec&#xa0;:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>About Novamind Clinician</source>
        <translation>À propos de Novamind Clinician</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>Your organisation has turned off emergency access on this device; ask IT if you need it.</source>
        <translation>Votre organisation a désactivé l&apos;accès d&apos;urgence sur cet appareil&#xa0;; adressez-vous au service informatique si vous en avez besoin.</translation>
    </message>
    <message>
        <source>Your organisation allows no assessment instruments for new assessments on this device.</source>
        <translation>Votre organisation n&apos;autorise aucun instrument pour de nouvelles évaluations sur cet appareil.</translation>
    </message>
    <message>
        <source>The patient was exported as FHIR R4.</source>
        <translation>Le patient a été exporté en FHIR R4.</translation>
    </message>
    <message>
        <source>Re&amp;move patient from this device…</source>
        <translation>Retirer le patient de ce&amp;t appareil…</translation>
    </message>
    <message>
        <source>Delete the open patient&apos;s records from this device and wipe them from its disk; the server keeps them</source>
        <translation>Supprimer les enregistrements du patient ouvert de cet appareil et les effacer de son disque ; le serveur les conserve</translation>
    </message>
    <message>
        <source>The patient was removed from this device.</source>
        <translation>Le patient a été retiré de cet appareil.</translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation>&amp;Supprimer le patient…</translation>
    </message>
    <message>
        <source>Hide the open patient from the patient list and search on this device, with a reason; it can be restored</source>
        <translation>Masquer le patient ouvert de la liste des patients et de la recherche sur cet appareil, avec un motif ; il peut être restauré</translation>
    </message>
    <message>
        <source>Deleted pa&amp;tients…</source>
        <translation>Patients su&amp;pprimés…</translation>
    </message>
    <message>
        <source>Restore a deleted patient, or remove it from this device for good</source>
        <translation>Restaurer un patient supprimé, ou le retirer définitivement de cet appareil</translation>
    </message>
    <message>
        <source>The patient was deleted on this device. Patient ▸ Deleted patients… restores it.</source>
        <translation>Le patient a été supprimé sur cet appareil. Patient ▸ Patients supprimés… le restaure.</translation>
    </message>
</context>
<context>
    <name>novamind::PatientListModel</name>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Imminent</source>
        <translation>Imminent</translation>
    </message>
    <message>
        <source>Hidden for your role</source>
        <translation>Masqué pour votre rôle</translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation>Risque suicidaire</translation>
    </message>
    <message>
        <source>The latest PHQ-9 raised the suicide-risk flag.</source>
        <translation>Le dernier PHQ-9 a déclenché l&apos;indicateur de risque suicidaire.</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translation>Dernière évaluation</translation>
    </message>
</context>
<context>
    <name>novamind::PatientListPanel</name>
    <message>
        <source>Search patients</source>
        <translation>Rechercher des patients</translation>
    </message>
    <message>
        <source>Search name or MRN</source>
        <translation>Rechercher par nom ou MRN</translation>
    </message>
    <message>
        <source>Diagnosis filter</source>
        <translation>Filtre de diagnostic</translation>
    </message>
    <message>
        <source>ICD-10, e.g. F32</source>
        <translation>ICD-10, p. ex. F32</translation>
    </message>
    <message>
        <source>Patients with a diagnosis whose ICD-10 code starts with this</source>
        <translation>Patients ayant un diagnostic dont le code ICD-10 commence par ce texte</translation>
    </message>
    <message>
        <source>Risk level filter</source>
        <translation>Filtre de niveau de risque</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Tout niveau de risque</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Imminent</source>
        <translation>Imminent</translation>
    </message>
    <message>
        <source>No assessment for</source>
        <translation>Sans évaluation depuis</translation>
    </message>
    <message>
        <source>Only patients overdue for an assessment</source>
        <translation>Uniquement les patients dont l&apos;évaluation est en retard</translation>
    </message>
    <message>
        <source>Days without an assessment</source>
        <translation>Jours sans évaluation</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>No patients</source>
        <translation>Aucun patient</translation>
    </message>
    <message>
        <source>Number of patients</source>
        <translation>Nombre de patients</translation>
    </message>
    <message>
        <source>Patient list error</source>
        <translation>Erreur de la liste des patients</translation>
    </message>
    <message>
        <source>Unlock a replica to see your patients.</source>
        <translation>Déverrouillez une réplique pour voir vos patients.</translation>
    </message>
    <message>
        <source>No patients match your search or filters.</source>
        <translation>Aucun patient ne correspond à votre recherche ou à vos filtres.</translation>
    </message>
    <message>
        <source>No patients are available to you in this replica.</source>
        <translation>Aucun patient ne vous est accessible dans cette réplique.</translation>
    </message>
    <message>
        <source>%1+ patients</source>
        <translation>%1+ patients</translation>
    </message>
    <message>
        <source>%1 patients</source>
        <translation>%1 patients</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 patient</translation>
    </message>
</context>
<context>
    <name>novamind::PatientOverview</name>
    <message>
        <source>Patient overview error</source>
        <translation>Erreur de la synthèse du patient</translation>
    </message>
    <message>
        <source>Emergency access (break-glass): you have no care relationship with this patient. This access is time-limited, flagged and audited.</source>
        <translation>Accès d&apos;urgence (bris de glace)&#xa0;: vous n&apos;avez pas de relation de soins avec ce patient. Cet accès est limité dans le temps, signalé et audité.</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Accès d&apos;urgence</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex / gender</source>
        <translation>Sexe / genre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Équipe soignante</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (%2 ans)</translation>
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
        <translation>Identifiants du patient</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Accès d&apos;urgence</translation>
    </message>
    <message>
        <source>Emergency access — every view is logged and reviewed</source>
        <translation>Accès d&apos;urgence — chaque consultation est journalisée et contrôlée</translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation>Dossier du patient</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Synthèse</translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation>É&amp;valuations</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>MRN %1</source>
        <translation>MRN %1</translation>
    </message>
    <message numerus="yes">
        <source>born %1 (%n years)</source>
        <translation>
            <numerusform>né(e) le %1 (%n an)</numerusform>
            <numerusform>né(e) le %1 (%n ans)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
    <message>
        <source>Print this patient&apos;s report (identity, twin state, charts, assessments, medications)</source>
        <translation>Imprimer le rapport de ce patient (identité, état du jumeau, graphiques, évaluations, médicaments)</translation>
    </message>
    <message>
        <source>Export timeline as &amp;CSV…</source>
        <translation>Exporter la chronologie en &amp;CSV…</translation>
    </message>
    <message>
        <source>Open a patient before printing a report.</source>
        <translation>Ouvrez un patient avant d’imprimer un rapport.</translation>
    </message>
    <message>
        <source>Open a patient before exporting a report.</source>
        <translation>Ouvrez un patient avant d’exporter un rapport.</translation>
    </message>
    <message>
        <source>Open a patient before exporting the timeline.</source>
        <translation>Ouvrez un patient avant d’exporter la chronologie.</translation>
    </message>
    <message>
        <source>Patient report</source>
        <translation>Rapport patient</translation>
    </message>
    <message>
        <source>Print patient report</source>
        <translation>Imprimer le rapport patient</translation>
    </message>
    <message>
        <source>Export patient report</source>
        <translation>Exporter le rapport patient</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>E&amp;xport report as PDF…</source>
        <translation>E&amp;xporter le rapport en PDF…</translation>
    </message>
</context>
<context>
    <name>novamind::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Lock after inactivity, in minutes</source>
        <translation>Verrouillage après inactivité, en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Novamind Clinician starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de Novamind Clinician.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <source>Lock &amp;after inactivity:</source>
        <translation>&amp;Verrouiller après inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Sync server address</source>
        <translation>Adresse du serveur de synchronisation</translation>
    </message>
    <message>
        <source>https://sync.example.org</source>
        <translation>https://sync.example.org</translation>
    </message>
    <message>
        <source>Sync server user</source>
        <translation>Utilisateur du serveur de synchronisation</translation>
    </message>
    <message>
        <source>Same as the replica user</source>
        <translation>Identique à l&apos;utilisateur de la réplique</translation>
    </message>
    <message>
        <source>Extra trusted certificate authority file</source>
        <translation>Fichier d&apos;autorités de certification de confiance supplémentaires</translation>
    </message>
    <message>
        <source>Optional; the system&apos;s certificates are always trusted</source>
        <translation>Facultatif&#xa0;; les certificats du système sont toujours approuvés</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Pinned server key</source>
        <translation>Clé du serveur épinglée</translation>
    </message>
    <message>
        <source>Optional: sha256//…</source>
        <translation>Facultatif&#xa0;: sha256//…</translation>
    </message>
    <message>
        <source>Sync automatically every, in minutes</source>
        <translation>Synchroniser automatiquement toutes les, en minutes</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Seulement à ma demande</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier A&amp;C&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pin:</source>
        <translation>É&amp;pinglage&#xa0;:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchroniser &amp;toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Fichier d&apos;autorité de certification</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Enter the sync server as an address like https://sync.example.org.</source>
        <translation>Saisissez le serveur de synchronisation sous la forme d&apos;une adresse comme https://sync.example.org.</translation>
    </message>
    <message>
        <source>Some settings are managed by your organisation.</source>
        <translation>Certains paramètres sont gérés par votre organisation.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy has errors; ask IT.</source>
        <translation>La stratégie de votre organisation contient des erreurs&#xa0;; adressez-vous au service informatique.</translation>
    </message>
    <message>
        <source>Set by your organisation (%1)</source>
        <translation>Défini par votre organisation (%1)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
</context>
<context>
    <name>novamind::ServerPasswordDialog</name>
    <message>
        <source>Sign in to the sync server</source>
        <translation>Connexion au serveur de synchronisation</translation>
    </message>
    <message>
        <source>Novamind Clinician needs your password for the sync server %1. It is kept in memory until the session locks.</source>
        <translation>Novamind Clinician a besoin de votre mot de passe pour le serveur de synchronisation %1. Il est conservé en mémoire jusqu&apos;au verrouillage de la session.</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign in and sync</source>
        <translation>&amp;Se connecter et synchroniser</translation>
    </message>
</context>
<context>
    <name>novamind::SyncController</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send this device&apos;s changes to the server and fetch everyone else&apos;s</source>
        <translation>Envoyer les modifications de cet appareil au serveur et récupérer celles des autres</translation>
    </message>
    <message>
        <source>Sync with the server (F5)</source>
        <translation>Synchroniser avec le serveur (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Conflicts and &amp;refused changes…</source>
        <translation>&amp;Conflits et modifications refusées…</translation>
    </message>
    <message>
        <source>Resolve records changed both here and on the server, and retry refused changes</source>
        <translation>Résoudre les enregistrements modifiés à la fois ici et sur le serveur, et réessayer les modifications refusées</translation>
    </message>
    <message>
        <source>Sync is not set up: enter the server&apos;s address under File › Preferences.</source>
        <translation>La synchronisation n&apos;est pas configurée&#xa0;: saisissez l&apos;adresse du serveur dans Fichier › Préférences.</translation>
    </message>
    <message>
        <source>Sync cancelled. What was sent or received before stays; the next sync continues.</source>
        <translation>Synchronisation annulée. Ce qui a déjà été envoyé ou reçu est conservé&#xa0;; la prochaine synchronisation reprendra la suite.</translation>
    </message>
    <message>
        <source>Remove patients from this device?</source>
        <translation>Retirer des patients de cet appareil&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Remove them</source>
        <translation>&amp;Les retirer</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message numerus="yes">
        <source>The server says you no longer have access to %n patient(s) on this device.</source>
        <translation>
            <numerusform>Selon le serveur, vous n&apos;avez plus accès à %n patient sur cet appareil.</numerusform>
            <numerusform>Selon le serveur, vous n&apos;avez plus accès à %n patients sur cet appareil.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is every patient here: %1 of %2.</source>
        <translation>Ce sont tous les patients de cet appareil&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>That is %1 of the %2 patients here.</source>
        <translation>Cela représente %1 des %2 patients de cet appareil.</translation>
    </message>
    <message>
        <source>Removing them loses work not yet sent to the server:</source>
        <translation>Les retirer fait perdre du travail pas encore envoyé au serveur&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s)</source>
        <translation>
            <numerusform>%n modification non envoyée</numerusform>
            <numerusform>%n modifications non envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft assessment(s)</source>
        <translation>
            <numerusform>%n brouillon d&apos;évaluation</numerusform>
            <numerusform>%n brouillons d&apos;évaluation</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Remove them now? If you are not sure, choose Not now and ask your administrator; the sync stops and nothing is removed.</source>
        <translation>Les retirer maintenant&#xa0;? En cas de doute, choisissez «&#xa0;Pas maintenant&#xa0;» et demandez à votre administrateur&#xa0;; la synchronisation s&apos;arrête et rien n&apos;est retiré.</translation>
    </message>
    <message numerus="yes">
        <source>Sync complete: %n change(s) sent</source>
        <translation>
            <numerusform>Synchronisation terminée&#xa0;: %n modification envoyée</numerusform>
            <numerusform>Synchronisation terminée&#xa0;: %n modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n reçue</numerusform>
            <numerusform>%n reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve.</source>
        <translation>
            <numerusform>%n conflit à résoudre.</numerusform>
            <numerusform>%n conflits à résoudre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server.</source>
        <translation>
            <numerusform>%n modification refusée par le serveur.</numerusform>
            <numerusform>%n modifications refusées par le serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) removed from this device.</source>
        <translation>
            <numerusform>%n patient retiré de cet appareil.</numerusform>
            <numerusform>%n patients retirés de cet appareil.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bring back cleared patients</source>
        <translation>&amp;Ramener les patients effacés</translation>
    </message>
    <message>
        <source>Patients not opened for a while were cleared from this device to save space; the next sync fetches them again from the server</source>
        <translation>Les patients non ouverts depuis un moment ont été effacés de cet appareil pour gagner de la place ; la prochaine synchronisation les récupère sur le serveur</translation>
    </message>
    <message numerus="yes">
        <source>%n cleared patient(s) are back on this device.</source>
        <translation>
            <numerusform>%n patient effacé est de retour sur cet appareil.</numerusform>
            <numerusform>%n patients effacés sont de retour sur cet appareil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) not opened for a while were cleared from this device; Sync › Bring back cleared patients fetches them again.</source>
        <translation>
            <numerusform>%n patient non ouvert depuis un moment a été effacé de cet appareil ; Synchronisation › Ramener les patients effacés le récupère.</numerusform>
            <numerusform>%n patients non ouverts depuis un moment ont été effacés de cet appareil ; Synchronisation › Ramener les patients effacés les récupère.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novamind::SyncProgressWidget</name>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this sync; what has been sent or received so far is kept</source>
        <translation>Arrêter cette synchronisation&#xa0;; ce qui a déjà été envoyé ou reçu est conservé</translation>
    </message>
    <message>
        <source>Signing in to the sync server…</source>
        <translation>Authentification auprès du serveur de synchronisation…</translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2</source>
        <translation>Envoi des modifications&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Sending changes: %1</source>
        <translation>Envoi des modifications&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pulling changes: %1, %2</source>
        <translation>Récupération des modifications&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Downloading everything again: %1, %2</source>
        <translation>Nouveau téléchargement complet&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Sending the audit trail: %1</source>
        <translation>Envoi du journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Finishing: %1</source>
        <translation>Finalisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connecting to the sync server…</source>
        <translation>Connexion au serveur de synchronisation…</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Arrêt de la synchronisation…</translation>
    </message>
</context>
<context>
    <name>novamind::SyncStatusWidget</name>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Sync state unavailable</source>
        <translation>État de synchronisation indisponible</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Aucune synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modification en attente d&apos;envoi</numerusform>
            <numerusform>%n modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server</source>
        <translation>
            <numerusform>%n refusée par le serveur</numerusform>
            <numerusform>%n refusées par le serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusées par le serveur</translation>
    </message>
    <message>
        <source>Show the changes the server refused</source>
        <translation>Afficher les modifications refusées par le serveur</translation>
    </message>
    <message>
        <source>Show and resolve the conflicts</source>
        <translation>Afficher et résoudre les conflits</translation>
    </message>
</context>
<context>
    <name>novamind::TimelineView</name>
    <message>
        <source>Twin timeline</source>
        <translation>Chronologie du jumeau numérique</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Show the whole timeline (Home)</source>
        <translation>Afficher toute la chronologie (Début)</translation>
    </message>
    <message>
        <source>Show the twin state as of</source>
        <translation>Afficher l&apos;état du jumeau à la date du</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>É&amp;tat au&#xa0;:</translation>
    </message>
    <message>
        <source>No twin states are recorded for this patient.</source>
        <translation>Aucun état du jumeau n&apos;est enregistré pour ce patient.</translation>
    </message>
    <message>
        <source>Twin state as of the chosen time</source>
        <translation>État du jumeau à l&apos;instant choisi</translation>
    </message>
    <message>
        <source>%1 interval</source>
        <translation>%1 (intervalle)</translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation>Introduction de médicament</translation>
    </message>
    <message>
        <source>Medication stopped</source>
        <translation>Arrêt de médicament</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Risk level: %1</source>
        <translation>Niveau de risque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Risk level %1 from %2</source>
        <translation>Niveau de risque %1 depuis le %2</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Instant choisi</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Drag or scroll to zoom, right-drag to pan, click for the state then.</source>
        <translation>Glisser ou faire défiler pour zoomer, glisser avec le bouton droit pour déplacer, cliquer pour l’état à cet instant.</translation>
    </message>
    <message>
        <source>Drag across a chart or scroll to zoom; right-drag or the arrow keys pan; Home shows everything; a click shows the whole twin state at that time.</source>
        <translation>Glissez sur un graphique ou faites défiler pour zoomer&#xa0;; glissez avec le bouton droit ou utilisez les flèches pour vous déplacer&#xa0;; Début affiche tout&#xa0;; un clic affiche l’état complet du jumeau à cet instant.</translation>
    </message>
    <message>
        <source>▲ medication started  ■ stopped  ○ assessment (score)  - - predicted, shaded: interval  │ as of</source>
        <translation>▲ traitement débuté  ■ arrêté  ○ évaluation (score)  - - prévision, zone ombrée&#xa0;: intervalle  │ à la date</translation>
    </message>
    <message>
        <source>%1
Severity: %2</source>
        <translation>%1
Sévérité&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>novamind::TwinStateModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Imminent</source>
        <translation>Imminent</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation>Introduction de médicament</translation>
    </message>
    <message>
        <source>Medication stopped</source>
        <translation>Arrêt de médicament</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Model confidence</source>
        <translation>Confiance du modèle</translation>
    </message>
    <message>
        <source>Symptoms (fraction of maximum)</source>
        <translation>Symptômes (fraction du maximum)</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>Dépression</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Anxiété</translation>
    </message>
    <message>
        <source>Anhedonia</source>
        <translation>Anhédonie</translation>
    </message>
    <message>
        <source>Insomnia</source>
        <translation>Insomnie</translation>
    </message>
    <message>
        <source>Neurotransmitters (1 = baseline)</source>
        <translation>Neurotransmetteurs (1 = niveau de base)</translation>
    </message>
    <message>
        <source>Serotonin</source>
        <translation>Sérotonine</translation>
    </message>
    <message>
        <source>Dopamine</source>
        <translation>Dopamine</translation>
    </message>
    <message>
        <source>Norepinephrine</source>
        <translation>Noradrénaline</translation>
    </message>
    <message>
        <source>GABA</source>
        <translation>GABA</translation>
    </message>
    <message>
        <source>Glutamate</source>
        <translation>Glutamate</translation>
    </message>
    <message>
        <source>Acetylcholine</source>
        <translation>Acétylcholine</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sommeil</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Social engagement</source>
        <translation>Engagement social</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonctionnement</translation>
    </message>
    <message>
        <source>Global functioning (0–100)</source>
        <translation>Fonctionnement global (0–100)</translation>
    </message>
    <message>
        <source>Medication adherence</source>
        <translation>Observance médicamenteuse</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Suicide risk (0–1)</source>
        <translation>Risque suicidaire (0–1)</translation>
    </message>
    <message>
        <source>Sources of this state</source>
        <translation>Sources de cet état</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>novamind::UnlockDialog</name>
    <message>
        <source>Unlock Novamind Clinician</source>
        <translation>Déverrouiller Novamind Clinician</translation>
    </message>
    <message>
        <source>Unlock the replica</source>
        <translation>Déverrouiller la réplique</translation>
    </message>
    <message>
        <source>Enter your user id and passphrase to unlock this device&apos;s patient replica.</source>
        <translation>Saisissez votre identifiant utilisateur et votre phrase secrète pour déverrouiller la réplique des patients de cet appareil.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation>Réplique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Replica file</source>
        <translation>Fichier de la réplique</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Your user id on this replica</source>
        <translation>Votre identifiant utilisateur sur cette réplique</translation>
    </message>
    <message>
        <source>e.g. dr.ada</source>
        <translation>p. ex. dr.ada</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase that unlocks your key to this replica</source>
        <translation>La phrase secrète qui déverrouille votre clé pour cette réplique</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Unlocking stopped unexpectedly. Please try again.</source>
        <translation>Le déverrouillage s&apos;est arrêté de manière inattendue. Veuillez réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: you can try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives échouées&#xa0;: vous pourrez réessayer dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives échouées&#xa0;: vous pourrez réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novamind::codec</name>
    <message>
        <source>The document is not a valid JSON object.</source>
        <translation>Le document n&apos;est pas un objet JSON valide.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is missing.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est manquant.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a string.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être une chaîne de caractères.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must not be empty.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» ne doit pas être vide.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be one of %2.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit prendre l&apos;une des valeurs suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a date in the form YYYY-MM-DD.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an ISO 8601 timestamp with a time zone, such as 2026-01-02T03:04:05.000Z.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un horodatage ISO 8601 avec fuseau horaire, par exemple 2026-01-02T03:04:05.000Z.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a number.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un nombre.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a number from %2 to %3.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un nombre compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a number of at least %2.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un nombre supérieur ou égal à %2.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an integer.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un entier.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an integer from %2 to %3.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un entier compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an integer of at least %2.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un entier supérieur ou égal à %2.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an array.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un tableau.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an object.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un objet.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must not be earlier than &quot;%2&quot;.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» ne doit pas être antérieur au champ «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is required when &quot;%2&quot; is %3.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est obligatoire lorsque «&#xa0;%2&#xa0;» vaut %3.</translation>
    </message>
</context>
</TS>
