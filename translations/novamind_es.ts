<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>That patient is not available to you.</source>
        <translation>Ese paciente no está disponible para usted.</translation>
    </message>
    <message>
        <source>Emergency access is for clinicians; your role cannot use it.</source>
        <translation>El acceso de emergencia está reservado a los profesionales clínicos; su rol no puede utilizarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Emergency access needs a reason of at least %n characters.</source>
        <translation>
            <numerusform>El acceso de emergencia requiere un motivo de al menos %n carácter.</numerusform>
            <numerusform>El acceso de emergencia requiere un motivo de al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency access lasts between 1 minute and %1 hours.</source>
        <translation>El acceso de emergencia dura entre 1 minuto y %1 horas.</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>This assessment is signed and can no longer change; amend it instead.</source>
        <translation>Esta evaluación está firmada y ya no puede modificarse; en su lugar, realice una enmienda.</translation>
    </message>
    <message>
        <source>Only the clinician who started a draft can change it.</source>
        <translation>Solo el profesional que inició un borrador puede modificarlo.</translation>
    </message>
    <message>
        <source>That assessment does not exist on this device.</source>
        <translation>Esa evaluación no existe en este dispositivo.</translation>
    </message>
    <message>
        <source>This assessment is already signed.</source>
        <translation>Esta evaluación ya está firmada.</translation>
    </message>
    <message>
        <source>Only the clinician who entered an assessment can sign it.</source>
        <translation>Solo el profesional que registró una evaluación puede firmarla.</translation>
    </message>
    <message>
        <source>Answer every item before signing; this instrument has no total without them.</source>
        <translation>Responda todos los ítems antes de firmar; sin ellos, este instrumento no tiene puntuación total.</translation>
    </message>
    <message>
        <source>That draft no longer exists.</source>
        <translation>Ese borrador ya no existe.</translation>
    </message>
    <message>
        <source>Only the clinician who started a draft can delete it.</source>
        <translation>Solo el profesional que inició un borrador puede eliminarlo.</translation>
    </message>
    <message>
        <source>The suicide item is positive or unanswered; acknowledge the alert before signing.</source>
        <translation>El ítem de suicidio es positivo o está sin responder; confirme la alerta antes de firmar.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>The disk is full; %1 was left unchanged.</source>
        <translation>El disco está lleno; %1 no se ha modificado.</translation>
    </message>
    <message>
        <source>No permission to write %1; it was left unchanged.</source>
        <translation>No hay permiso para escribir en %1; no se ha modificado.</translation>
    </message>
    <message>
        <source>Could not write %1; it was left unchanged.</source>
        <translation>No se pudo escribir en %1; no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>AuditBatch</name>
    <message>
        <source>device_id must be a string of 1 to %1 characters.</source>
        <translation>device_id debe ser una cadena de texto de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>device_id must not contain control characters.</source>
        <translation>device_id no debe contener caracteres de control.</translation>
    </message>
    <message>
        <source>entries must be an array.</source>
        <translation>entries debe ser una matriz (array).</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 debe ser un objeto.</translation>
    </message>
    <message>
        <source>%1.seq must be a whole number of at least 1.</source>
        <translation>%1.seq debe ser un número entero mayor o igual que 1.</translation>
    </message>
    <message>
        <source>%1.%2 must be a string.</source>
        <translation>%1.%2 debe ser una cadena de texto.</translation>
    </message>
    <message>
        <source>%1.%2 must be Unicode text without NUL characters.</source>
        <translation>%1.%2 debe ser texto Unicode sin caracteres NUL.</translation>
    </message>
    <message>
        <source>%1.prev_hash must be 64 lower-case hexadecimal digits.</source>
        <translation>%1.prev_hash debe constar de 64 dígitos hexadecimales en minúsculas.</translation>
    </message>
    <message>
        <source>%1.hash must be 64 lower-case hexadecimal digits.</source>
        <translation>%1.hash debe constar de 64 dígitos hexadecimales en minúsculas.</translation>
    </message>
    <message>
        <source>%1.seq must be greater than the seq of the entry before it.</source>
        <translation>%1.seq debe ser mayor que el seq de la entrada anterior.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 is missing: the chain jumps from %2 to %3.</source>
        <translation>Falta la entrada de auditoría %1: la cadena salta de %2 a %3.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not link to the entry before it.</source>
        <translation>La entrada de auditoría %1 no enlaza con la entrada anterior.</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered: its hash does not match its contents.</source>
        <translation>La entrada de auditoría %1 ha sido alterada: su hash no coincide con su contenido.</translation>
    </message>
    <message>
        <source>The audit trail was cut short: entry %1 onwards is missing, although the server acknowledged entries up to %2.</source>
        <translation>El registro de auditoría está truncado: faltan las entradas a partir de la %1, aunque el servidor confirmó la recepción de las entradas hasta la %2.</translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the one the server acknowledged.</source>
        <translation>La entrada de auditoría %1 difiere de la que confirmó el servidor.</translation>
    </message>
</context>
<context>
    <name>AuditShipper</name>
    <message>
        <source>The server&apos;s copy of this replica&apos;s audit trail does not match the local one; contact your administrator.</source>
        <translation>La copia del registro de auditoría de esta réplica en el servidor no coincide con la local; póngase en contacto con su administrador.</translation>
    </message>
    <message>
        <source>The sync server acknowledged audit entries that differ from the ones this replica sent.</source>
        <translation>El servidor de sincronización confirmó entradas de auditoría que difieren de las que envió esta réplica.</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>The server sent changes this device could not apply; nothing of them was kept. Try syncing again, and tell your administrator if this repeats.</source>
        <translation>El servidor envió cambios que este dispositivo no pudo aplicar; no se ha conservado ninguno. Vuelva a sincronizar y avise a su administrador si se repite.</translation>
    </message>
</context>
<context>
    <name>ClinicalStyle</name>
    <message>
        <source>Below cut-off</source>
        <translation>Bajo el punto de corte</translation>
    </message>
    <message>
        <source>Dependence symptoms</source>
        <translation>Síntomas de dependencia</translation>
    </message>
    <message>
        <source>Harmful</source>
        <translation>Perjudicial</translation>
    </message>
    <message>
        <source>Harmful use</source>
        <translation>Consumo perjudicial</translation>
    </message>
    <message>
        <source>Hazardous</source>
        <translation>De riesgo</translation>
    </message>
    <message>
        <source>Hazardous use</source>
        <translation>Consumo de riesgo</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Riesgo bajo</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Mínima</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Moderately severe</source>
        <translation>Moderadamente grave</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Possible dependence</source>
        <translation>Posible dependencia</translation>
    </message>
    <message>
        <source>Probable PTSD</source>
        <translation>TEPT probable</translation>
    </message>
    <message>
        <source>Provisional PTSD</source>
        <translation>TEPT provisional</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Suicide item unanswered</source>
        <translation>Ítem de suicidio sin responder</translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation>Riesgo suicida</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>risk level</comment>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Moderate</source>
        <comment>risk level</comment>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>High</source>
        <comment>risk level</comment>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Imminent</source>
        <comment>risk level</comment>
        <translation>Inminente</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>CohortImporter</name>
    <message numerus="yes">
        <source>This replica already holds %n patients; seed-demo fills only an empty one.</source>
        <translation>
            <numerusform>Esta réplica ya contiene %n paciente; seed-demo solo rellena una réplica vacía.</numerusform>
            <numerusform>Esta réplica ya contiene %n pacientes; seed-demo solo rellena una réplica vacía.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>That conflict has already been resolved.</source>
        <translation>Ese conflicto ya se ha resuelto.</translation>
    </message>
    <message>
        <source>The merged record must keep the record&apos;s id and patient.</source>
        <translation>El registro fusionado debe conservar el identificador y el paciente del registro.</translation>
    </message>
    <message>
        <source>The server no longer holds this patient; patients cannot be re-created from this device. Take the server&apos;s version.</source>
        <translation>El servidor ya no tiene este paciente; los pacientes no se pueden volver a crear desde este dispositivo. Tome la versión del servidor.</translation>
    </message>
    <message>
        <source>Merging needs the merged record.</source>
        <translation>Para fusionar se necesita el registro fusionado.</translation>
    </message>
</context>
<context>
    <name>CppRestTransport</name>
    <message>
        <source>The certificate pin must be a SHA-256 digest: &quot;sha256//&quot; followed by base64, plain base64, or 64 hexadecimal digits.</source>
        <translation>El anclaje del certificado debe ser un resumen SHA-256: “sha256//” seguido de base64, base64 sin prefijo o 64 dígitos hexadecimales.</translation>
    </message>
</context>
<context>
    <name>CtlOptions</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumento inesperado “%1”.</translation>
    </message>
    <message>
        <source>Option --%1 takes no value.</source>
        <translation>La opción --%1 no admite ningún valor.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Opción desconocida --%1.</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>La opción --%1 necesita un valor.</translation>
    </message>
    <message>
        <source>Option --%1 is given twice.</source>
        <translation>La opción --%1 se ha indicado dos veces.</translation>
    </message>
    <message>
        <source>Option --%1 is required.</source>
        <translation>La opción --%1 es obligatoria.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 debe ser un número entero de %2 a %3.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database key has the wrong length.</source>
        <translation>La clave de la base de datos tiene una longitud incorrecta.</translation>
    </message>
    <message>
        <source>There is no replica database at %1.</source>
        <translation>No hay ninguna base de datos de réplica en %1.</translation>
    </message>
    <message>
        <source>A file already exists at %1.</source>
        <translation>Ya existe un archivo en %1.</translation>
    </message>
    <message>
        <source>The replica database&apos;s permissions could not be restricted.</source>
        <translation>No se pudieron restringir los permisos de la base de datos de la réplica.</translation>
    </message>
    <message>
        <source>The replica could not switch to write-ahead logging.</source>
        <translation>La réplica no pudo cambiar al registro de escritura anticipada (WAL).</translation>
    </message>
</context>
<context>
    <name>EmergencyAccess</name>
    <message>
        <source>Enter the patient&apos;s MRN.</source>
        <translation>Introduzca el número de historia clínica (MRN) del paciente.</translation>
    </message>
    <message>
        <source>Emergency access is for clinicians; your role cannot use it.</source>
        <translation>El acceso de emergencia está reservado a los profesionales clínicos; su rol no puede utilizarlo.</translation>
    </message>
    <message>
        <source>No patient with that MRN is in this replica.</source>
        <translation>No hay ningún paciente con ese MRN en esta réplica.</translation>
    </message>
</context>
<context>
    <name>EntityTables</name>
    <message>
        <source>The record is of a type this version does not know.</source>
        <translation>El registro es de un tipo que esta versión no conoce.</translation>
    </message>
</context>
<context>
    <name>FhirResponseReader</name>
    <message>
        <source>The file is not FHIR JSON; expected a QuestionnaireResponse or a Bundle.</source>
        <translation>El archivo no es JSON FHIR; se esperaba una QuestionnaireResponse o un Bundle.</translation>
    </message>
    <message>
        <source>The file holds a FHIR %1; expected a QuestionnaireResponse or a Bundle of them.</source>
        <translation>El archivo contiene un recurso FHIR %1; se esperaba una QuestionnaireResponse o un Bundle de ellas.</translation>
    </message>
    <message>
        <source>document without resourceType</source>
        <translation>documento sin resourceType</translation>
    </message>
    <message>
        <source>The bundle holds no QuestionnaireResponse to import.</source>
        <translation>El Bundle no contiene ninguna QuestionnaireResponse que importar.</translation>
    </message>
    <message>
        <source>Questionnaire response %1 answers a questionnaire this app does not support (%2); supported are %3.</source>
        <translation>La respuesta al cuestionario %1 responde a un cuestionario que esta aplicación no admite (%2); se admiten %3.</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>ninguno indicado</translation>
    </message>
    <message>
        <source>Questionnaire response %1 is not completed (status “%2”); only completed ones are imported.</source>
        <translation>La respuesta al cuestionario %1 no está completada (estado «%2»); solo se importan las completadas.</translation>
    </message>
    <message>
        <source>Questionnaire response %1 names no patient this app can match; its subject must be Patient/&lt;id&gt; or a Patient entry of the same bundle.</source>
        <translation>La respuesta al cuestionario %1 no nombra ningún paciente que esta aplicación pueda identificar; su subject debe ser Patient/&lt;id&gt; o una entrada Patient del mismo Bundle.</translation>
    </message>
    <message>
        <source>Questionnaire response %1 has an item “%2” that %3 does not have.</source>
        <translation>La respuesta al cuestionario %1 tiene un ítem «%2» que %3 no tiene.</translation>
    </message>
    <message>
        <source>Questionnaire response %1 answers item “%2” more than once.</source>
        <translation>La respuesta al cuestionario %1 responde al ítem «%2» más de una vez.</translation>
    </message>
    <message>
        <source>Questionnaire response %1 leaves item “%2” unanswered; every item is needed to score it.</source>
        <translation>La respuesta al cuestionario %1 deja el ítem «%2» sin responder; se necesitan todos los ítems para puntuarla.</translation>
    </message>
    <message>
        <source>Questionnaire response %1 answers item “%2” with a value %3 does not allow.</source>
        <translation>La respuesta al cuestionario %1 responde al ítem «%2» con un valor que %3 no permite.</translation>
    </message>
</context>
<context>
    <name>InstrumentLibrary</name>
    <message>
        <source>Unknown instrument “%1”: use one of %2.</source>
        <translation>Instrumento desconocido “%1”: use uno de estos: %2.</translation>
    </message>
    <message>
        <source>Answer %1 (item %1, “%2”) must be one of %3; got %4.</source>
        <translation>La respuesta %1 (ítem %1, “%2”) debe ser uno de estos valores: %3; se recibió %4.</translation>
    </message>
    <message>
        <source>Unknown sex “%1”: use female or male.</source>
        <translation>Sexo desconocido “%1”: use “female” o “male”.</translation>
    </message>
    <message>
        <source>%1 cut-offs differ by sex: give the patient&apos;s sex (female or male).</source>
        <translation>Los puntos de corte de %1 difieren según el sexo: indique el sexo del paciente (“female” o “male”).</translation>
    </message>
    <message>
        <source>%1 has %2 items; got %3 answer.</source>
        <translation>%1 tiene %2 ítems; se recibió %3 respuesta.</translation>
    </message>
    <message>
        <source>%1 has %2 items; got %3 answers.</source>
        <translation>%1 tiene %2 ítems; se recibieron %3 respuestas.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The instrument definition %1 is invalid: %2.</source>
        <translation>La definición de instrumento %1 no es válida: %2.</translation>
    </message>
    <message>
        <source>%1 has no answer options</source>
        <translation>%1 no tiene opciones de respuesta</translation>
    </message>
    <message>
        <source>%1 has an answer without a non-negative integer score</source>
        <translation>%1 tiene una respuesta sin una puntuación entera no negativa</translation>
    </message>
    <message>
        <source>%1 has an answer without a label</source>
        <translation>%1 tiene una respuesta sin etiqueta</translation>
    </message>
    <message>
        <source>%1 has two answers scored %2</source>
        <translation>%1 tiene dos respuestas con puntuación %2</translation>
    </message>
    <message>
        <source>%1 has a malformed LOINC answer code “%2”</source>
        <translation>%1 tiene un código de respuesta LOINC mal formado “%2”</translation>
    </message>
    <message>
        <source>%1 lists no items</source>
        <translation>%1 no enumera ningún ítem</translation>
    </message>
    <message>
        <source>%1 names an unknown item “%2”</source>
        <translation>%1 menciona un ítem desconocido “%2”</translation>
    </message>
    <message>
        <source>%1 names item “%2” twice</source>
        <translation>%1 menciona el ítem “%2” dos veces</translation>
    </message>
    <message>
        <source>option set “%1”</source>
        <translation>el conjunto de opciones “%1”</translation>
    </message>
    <message>
        <source>it has no items</source>
        <translation>no tiene ítems</translation>
    </message>
    <message>
        <source>item “%1”</source>
        <translation>el ítem “%1”</translation>
    </message>
    <message>
        <source>an item id “%1” is not lower snake case</source>
        <translation>un id de ítem, “%1”, no está en snake_case en minúsculas</translation>
    </message>
    <message>
        <source>item id “%1” is used twice</source>
        <translation>el id de ítem “%1” se usa dos veces</translation>
    </message>
    <message>
        <source>%1 has no text</source>
        <translation>%1 no tiene texto</translation>
    </message>
    <message>
        <source>%1 has an invalid LOINC code “%2”</source>
        <translation>%1 tiene un código LOINC no válido “%2”</translation>
    </message>
    <message>
        <source>%1 uses an unknown option set “%2”</source>
        <translation>%1 usa un conjunto de opciones desconocido “%2”</translation>
    </message>
    <message>
        <source>band “%1” has no valid min and max</source>
        <translation>la banda “%1” no tiene valores min y max válidos</translation>
    </message>
    <message>
        <source>band name “%1” is not lower snake case</source>
        <translation>el nombre de banda “%1” no está en snake_case en minúsculas</translation>
    </message>
    <message>
        <source>band “%1” has an unknown sex “%2”</source>
        <translation>la banda “%1” tiene un sexo desconocido “%2”</translation>
    </message>
    <message>
        <source>it has no bands</source>
        <translation>no tiene bandas</translation>
    </message>
    <message>
        <source>it mixes sex-specific and general bands</source>
        <translation>mezcla bandas específicas por sexo y bandas generales</translation>
    </message>
    <message>
        <source>the bands leave a gap or overlap at %1</source>
        <translation>las bandas dejan un hueco o se solapan en %1</translation>
    </message>
    <message>
        <source>the bands do not end at the highest total, %1</source>
        <translation>las bandas no terminan en el total máximo, %1</translation>
    </message>
    <message>
        <source>its total rule is not “sum”</source>
        <translation>su regla de total no es “sum”</translation>
    </message>
    <message>
        <source>its prorating rule needs maxMissing between 1 and the item count less one</source>
        <translation>su regla de prorrateo requiere maxMissing entre 1 y el número de ítems menos uno</translation>
    </message>
    <message>
        <source>its prorating rounding is not half_up</source>
        <translation>su redondeo de prorrateo no es half_up</translation>
    </message>
    <message>
        <source>its prorating rule cites no source</source>
        <translation>su regla de prorrateo no cita ninguna fuente</translation>
    </message>
    <message>
        <source>its missing-answer rule “%1” is unknown</source>
        <translation>su regla de respuestas faltantes “%1” es desconocida</translation>
    </message>
    <message>
        <source>subscale name “%1” is not lower snake case</source>
        <translation>el nombre de subescala “%1” no está en snake_case en minúsculas</translation>
    </message>
    <message>
        <source>subscale “%1” is defined twice</source>
        <translation>la subescala “%1” está definida dos veces</translation>
    </message>
    <message>
        <source>subscale “%1”</source>
        <translation>la subescala “%1”</translation>
    </message>
    <message>
        <source>flag “%1”</source>
        <translation>la alerta “%1”</translation>
    </message>
    <message>
        <source>flag name “%1” is not lower snake case</source>
        <translation>el nombre de alerta “%1” no está en snake_case en minúsculas</translation>
    </message>
    <message>
        <source>flag “%1” is defined twice</source>
        <translation>la alerta “%1” está definida dos veces</translation>
    </message>
    <message>
        <source>%1 has no groups</source>
        <translation>%1 no tiene grupos</translation>
    </message>
    <message>
        <source>%1 has a group whose min is not between 1 and its item count</source>
        <translation>%1 tiene un grupo cuyo min no está entre 1 y su número de ítems</translation>
    </message>
    <message>
        <source>%1 has an unknown rule “%2”</source>
        <translation>%1 tiene una regla desconocida “%2”</translation>
    </message>
    <message>
        <source>%1 has a threshold outside the scores of item “%2”</source>
        <translation>%1 tiene un umbral fuera de las puntuaciones del ítem “%2”</translation>
    </message>
    <message>
        <source>it is not a JSON object (%1)</source>
        <translation>no es un objeto JSON (%1)</translation>
    </message>
    <message>
        <source>its id “%1” is not lower-case letters and digits</source>
        <translation>su id “%1” no consta solo de letras minúsculas y dígitos</translation>
    </message>
    <message>
        <source>it has no name or short name</source>
        <translation>no tiene nombre ni nombre abreviado</translation>
    </message>
    <message>
        <source>it cites no source</source>
        <translation>no cita ninguna fuente</translation>
    </message>
    <message>
        <source>it states no licence</source>
        <translation>no indica ninguna licencia</translation>
    </message>
    <message>
        <source>its panel LOINC code “%1” is invalid</source>
        <translation>su código LOINC de panel “%1” no es válido</translation>
    </message>
    <message>
        <source>its total LOINC code “%1” is invalid</source>
        <translation>su código LOINC de total “%1” no es válido</translation>
    </message>
    <message>
        <source>Cannot read the instrument definition %1.</source>
        <translation>No se puede leer la definición de instrumento %1.</translation>
    </message>
    <message>
        <source>The instrument “%1” is defined twice.</source>
        <translation>El instrumento “%1” está definido dos veces.</translation>
    </message>
</context>
<context>
    <name>KeyVault</name>
    <message>
        <source>“%1” is not a valid user id: use letters, digits and . _ @ -.</source>
        <translation>“%1” no es un identificador de usuario válido: use letras, dígitos y . _ @ -.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters long.</source>
        <translation>
            <numerusform>La frase de contraseña debe tener al menos %n carácter.</numerusform>
            <numerusform>La frase de contraseña debe tener al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key derivation parameters are out of range.</source>
        <translation>Los parámetros de derivación de clave están fuera de rango.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Ha fallado el generador de números aleatorios del sistema.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed.</source>
        <translation>No se pudo derivar la clave a partir de la frase de contraseña.</translation>
    </message>
    <message>
        <source>Wrapping the database key failed.</source>
        <translation>No se pudo encapsular la clave de la base de datos.</translation>
    </message>
    <message>
        <source>The key file %1 is missing, so the replica cannot be unlocked.</source>
        <translation>Falta el archivo de claves %1, por lo que no se puede desbloquear la réplica.</translation>
    </message>
    <message>
        <source>The key file %1 could not be read.</source>
        <translation>No se pudo leer el archivo de claves %1.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged (it is far too large).</source>
        <translation>El archivo de claves %1 está dañado (es demasiado grande).</translation>
    </message>
    <message>
        <source>The key file %1 is damaged (%2).</source>
        <translation>El archivo de claves %1 está dañado (%2).</translation>
    </message>
    <message>
        <source>it is not valid JSON; it may be truncated</source>
        <translation>no es JSON válido; puede estar truncado</translation>
    </message>
    <message>
        <source>it is not a Novamind key file</source>
        <translation>no es un archivo de claves de Novamind</translation>
    </message>
    <message>
        <source>The key file %1 was written by a newer version of Novamind; update Novamind to open it.</source>
        <translation>El archivo de claves %1 fue escrito por una versión más reciente de Novamind; actualice Novamind para abrirlo.</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>versión de formato desconocida</translation>
    </message>
    <message>
        <source>the replica id is missing</source>
        <translation>falta el identificador de la réplica</translation>
    </message>
    <message>
        <source>the key slots are missing</source>
        <translation>faltan las ranuras de clave</translation>
    </message>
    <message>
        <source>a key slot has no valid user id</source>
        <translation>una ranura de clave no tiene un identificador de usuario válido</translation>
    </message>
    <message>
        <source>the key slot of %1 has unsupported key derivation parameters</source>
        <translation>la ranura de clave de %1 tiene parámetros de derivación de clave no compatibles</translation>
    </message>
    <message>
        <source>the key slot of %1 is malformed</source>
        <translation>la ranura de clave de %1 está mal formada</translation>
    </message>
    <message>
        <source>user %1 has two key slots</source>
        <translation>el usuario %1 tiene dos ranuras de clave</translation>
    </message>
    <message>
        <source>The key file %1 has no key slots left; the replica has been erased.</source>
        <translation>El archivo de claves %1 ya no tiene ranuras de clave; la réplica se ha borrado.</translation>
    </message>
    <message>
        <source>User %1 has no key for this replica.</source>
        <translation>El usuario %1 no tiene clave para esta réplica.</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong, or that user&apos;s key slot has been damaged.</source>
        <translation>La frase de contraseña de %1 es incorrecta, o la ranura de clave de ese usuario está dañada.</translation>
    </message>
    <message>
        <source>User %1 already has a key for this replica.</source>
        <translation>El usuario %1 ya tiene una clave para esta réplica.</translation>
    </message>
    <message>
        <source>%1 holds the last key; removing it would erase the replica for good.</source>
        <translation>%1 tiene la última clave; eliminarla borraría la réplica definitivamente.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This replica was made by a newer version of Novamind (schema %1; this version knows up to %2). Update Novamind to open it.</source>
        <translation>Esta réplica fue creada por una versión más reciente de Novamind (esquema %1; esta versión admite hasta el %2). Actualice Novamind para abrirla.</translation>
    </message>
    <message>
        <source>Schema migration %1 (%2) differs from the one applied to this replica; refusing to open it with a modified schema.</source>
        <translation>La migración de esquema %1 (%2) difiere de la aplicada a esta réplica; no se abrirá con un esquema modificado.</translation>
    </message>
    <message>
        <source>Upgrading the replica to schema %1 failed; it was left at the previous version.</source>
        <translation>No se pudo actualizar la réplica al esquema %1; se ha mantenido en la versión anterior.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The server&apos;s answer did not match what was sent; nothing was recorded.</source>
        <translation>La respuesta del servidor no coincidía con lo enviado; no se ha registrado nada.</translation>
    </message>
    <message>
        <source>That change is no longer waiting to be retried.</source>
        <translation>Ese cambio ya no está pendiente de reintento.</translation>
    </message>
</context>
<context>
    <name>PatientDeletion</name>
    <message>
        <source>That patient is not among your deleted patients.</source>
        <translation>Ese paciente no está entre sus pacientes eliminados.</translation>
    </message>
    <message>
        <source>Deleting a patient is a clinical decision; your role cannot do it.</source>
        <translation>Eliminar un paciente es una decisión clínica; su rol no puede hacerlo.</translation>
    </message>
    <message>
        <source>Deleting a patient needs a reason of %1 to %2 characters.</source>
        <translation>Para eliminar un paciente hace falta un motivo de %1 a %2 caracteres.</translation>
    </message>
</context>
<context>
    <name>PatientRecordRows</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Latest response</source>
        <translation>Última respuesta</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Sin fecha de fin</translation>
    </message>
</context>
<context>
    <name>PatientRemoval</name>
    <message numerus="yes">
        <source>This patient has %n change(s) not yet sent to the server; removing the patient would lose them. Sync first, or confirm that they may be lost.</source>
        <translation>
            <numerusform>Este paciente tiene %n cambio aún no enviado al servidor; quitar el paciente lo perdería. Sincronice primero o confirme que puede perderse.</numerusform>
            <numerusform>Este paciente tiene %n cambios aún no enviados al servidor; quitar el paciente los perdería. Sincronice primero o confirme que pueden perderse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientRemovalPrompt</name>
    <message>
        <source>Remove patient from this device</source>
        <translation>Quitar el paciente de este dispositivo</translation>
    </message>
    <message>
        <source>Remove this patient from this device?</source>
        <translation>¿Quitar este paciente de este dispositivo?</translation>
    </message>
    <message>
        <source>All of the patient&apos;s records on this device (details, notes, medications, assessments, twin data) are deleted and wiped from the disk. The server keeps them: they come back with a later sync while you are still in this patient&apos;s care. The removal is recorded in the audit trail.</source>
        <translation>Todos los registros del paciente en este dispositivo (datos, notas, medicación, evaluaciones, datos del gemelo) se eliminan y se borran del disco. El servidor los conserva: vuelven con una sincronización posterior mientras siga atendiendo a este paciente. La eliminación queda registrada en el registro de auditoría.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to this patient not yet sent to the server will be lost for good.</source>
        <translation>
            <numerusform>%n cambio de este paciente aún no enviado al servidor se perderá definitivamente.</numerusform>
            <numerusform>%n cambios de este paciente aún no enviados al servidor se perderán definitivamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from this device</source>
        <translation>Quitar de este dispositivo</translation>
    </message>
    <message>
        <source>I understand that the unsent changes will be lost</source>
        <translation>Entiendo que los cambios no enviados se perderán</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>That record is not available to you.</source>
        <translation>Ese registro no está disponible para usted.</translation>
    </message>
    <message>
        <source>Assessments are entered and signed in the assessment form; a signed one is corrected by amending it.</source>
        <translation>Las evaluaciones se registran y firman en el formulario de evaluación; una evaluación firmada se corrige mediante una enmienda.</translation>
    </message>
    <message>
        <source>This kind of record cannot be changed here.</source>
        <translation>Este tipo de registro no se puede modificar aquí.</translation>
    </message>
    <message>
        <source>Your role cannot change clinical records.</source>
        <translation>Su rol no puede modificar registros clínicos.</translation>
    </message>
    <message>
        <source>This record differs from the server&apos;s version; resolve that conflict before changing it.</source>
        <translation>Este registro difiere de la versión del servidor; resuelva ese conflicto antes de modificarlo.</translation>
    </message>
    <message>
        <source>A record with this id already exists.</source>
        <translation>Ya existe un registro con este identificador.</translation>
    </message>
    <message>
        <source>A record cannot move to another patient.</source>
        <translation>Un registro no puede pasar a otro paciente.</translation>
    </message>
</context>
<context>
    <name>RecordMapping</name>
    <message>
        <source>This record type is unknown.</source>
        <translation>Este tipo de registro es desconocido.</translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>A replica already exists at %1; refusing to overwrite it without --force.</source>
        <translation>Ya existe una réplica en %1; no se sobrescribirá sin --force.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>There is no replica at %1.</source>
        <translation>No hay ninguna réplica en %1.</translation>
    </message>
    <message>
        <source>The replica database %1 is missing, although its key file exists.</source>
        <translation>Falta la base de datos de la réplica %1, aunque su archivo de claves existe.</translation>
    </message>
    <message>
        <source>The replica database does not belong to this key file.</source>
        <translation>La base de datos de la réplica no corresponde a este archivo de claves.</translation>
    </message>
    <message>
        <source>User %1 holds a key but has no account in this replica.</source>
        <translation>El usuario %1 tiene una clave, pero no tiene cuenta en esta réplica.</translation>
    </message>
    <message>
        <source>The replica records an unknown role for %1.</source>
        <translation>La réplica registra un rol desconocido para %1.</translation>
    </message>
    <message>
        <source>The replica database is damaged: a page failed its integrity check.</source>
        <translation>La base de datos de la réplica está dañada: una página no superó la comprobación de integridad.</translation>
    </message>
    <message>
        <source>The database failed its integrity check: %1</source>
        <translation>La base de datos no superó la comprobación de integridad: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows refer to records that do not exist.</source>
        <translation>
            <numerusform>%n fila hace referencia a registros que no existen.</numerusform>
            <numerusform>%n filas hacen referencia a registros que no existen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema is at version %1 of %2; open the replica once to upgrade it.</source>
        <translation>El esquema está en la versión %1 de %2; abra la réplica una vez para actualizarlo.</translation>
    </message>
    <message>
        <source>The key file has a slot for %1, who has no account in the replica.</source>
        <translation>El archivo de claves tiene una ranura para %1, que no tiene cuenta en la réplica.</translation>
    </message>
    <message>
        <source>The replica is locked.</source>
        <translation>La réplica está bloqueada.</translation>
    </message>
</context>
<context>
    <name>ReplicaScrub</name>
    <message>
        <source>Deleted records could not be wiped from the replica file.</source>
        <translation>Los registros eliminados no se pudieron borrar del archivo de la réplica.</translation>
    </message>
    <message>
        <source>The removed records are deleted but could not yet be wiped from the disk because another window or program has the replica open; close it and try again.</source>
        <translation>Los registros retirados se han eliminado, pero aún no se han podido borrar del disco porque otra ventana o programa tiene la réplica abierta; ciérrela e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>MRN %1</source>
        <translation>NHC %1</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Nacido/a el %1</translation>
    </message>
    <message>
        <source>Sex at birth: %1</source>
        <translation>Sexo al nacer: %1</translation>
    </message>
    <message>
        <source>Current twin state</source>
        <translation>Estado actual del gemelo</translation>
    </message>
    <message>
        <source>No twin state recorded.</source>
        <translation>No hay ningún estado del gemelo registrado.</translation>
    </message>
    <message>
        <source>As of %1 (model confidence %2)</source>
        <translation>A fecha de %1 (confianza del modelo %2)</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>Depresión</translation>
    </message>
    <message>
        <source>Serotonin</source>
        <translation>Serotonina</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Ansiedad</translation>
    </message>
    <message>
        <source>Dopamine</source>
        <translation>Dopamina</translation>
    </message>
    <message>
        <source>Anhedonia</source>
        <translation>Anhedonia</translation>
    </message>
    <message>
        <source>Norepinephrine</source>
        <translation>Noradrenalina</translation>
    </message>
    <message>
        <source>Insomnia</source>
        <translation>Insomnio</translation>
    </message>
    <message>
        <source>GABA</source>
        <translation>GABA</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Glutamate</source>
        <translation>Glutamato</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Acetylcholine</source>
        <translation>Acetilcolina</translation>
    </message>
    <message>
        <source>Social engagement</source>
        <translation>Participación social</translation>
    </message>
    <message>
        <source>Global functioning</source>
        <translation>Funcionamiento global</translation>
    </message>
    <message>
        <source>Medication adherence</source>
        <translation>Adherencia a la medicación</translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation>Riesgo de suicidio</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Symptom / behaviour</source>
        <translation>Síntoma / conducta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Neurotransmitter / risk</source>
        <translation>Neurotransmisor / riesgo</translation>
    </message>
    <message>
        <source>Latest assessments</source>
        <translation>Últimas evaluaciones</translation>
    </message>
    <message>
        <source>No completed assessments.</source>
        <translation>No hay evaluaciones completadas.</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>No twin states recorded.</source>
        <translation>No hay estados del gemelo registrados.</translation>
    </message>
    <message>
        <source>Active diagnoses: %1</source>
        <translation>Diagnósticos activos: %1</translation>
    </message>
    <message>
        <source>Active medications</source>
        <translation>Medicación activa</translation>
    </message>
    <message>
        <source>No active medications.</source>
        <translation>No hay medicación activa.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>Historial de evaluaciones</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clínico</translation>
    </message>
    <message>
        <source>DOB %1</source>
        <translation>F. nac. %1</translation>
    </message>
    <message>
        <source>Patient report</source>
        <translation>Informe del paciente</translation>
    </message>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>Impreso por %1 el %2</translation>
    </message>
    <message>
        <source>Confidential — contains PHI</source>
        <translation>Confidencial — contiene datos de salud</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The page size leaves no room to print on; choose another paper size.</source>
        <translation>El tamaño de página no deja espacio para imprimir; elija otro tamaño de papel.</translation>
    </message>
    <message>
        <source>The report could not be rendered.</source>
        <translation>No se pudo generar el informe.</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n estado del %1 al %2.</numerusform>
            <numerusform>%n estados del %1 al %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment total (fraction of maximum)</source>
        <translation>Total de la evaluación (fracción del máximo)</translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation>Inicio de medicación</translation>
    </message>
</context>
<context>
    <name>ReportSource</name>
    <message>
        <source>Your role may not print or export clinical records.</source>
        <translation>Su rol no puede imprimir ni exportar historias clínicas.</translation>
    </message>
</context>
<context>
    <name>SecretReader</name>
    <message>
        <source>Standard input ended before the secret for --%1 was read.</source>
        <translation>La entrada estándar terminó antes de leer el secreto de --%1.</translation>
    </message>
    <message>
        <source>The file %1 given to --%2 could not be read.</source>
        <translation>No se pudo leer el archivo %1 indicado en --%2.</translation>
    </message>
    <message>
        <source>The file %1 given to --%2 is too large to hold a passphrase.</source>
        <translation>El archivo %1 indicado en --%2 es demasiado grande para contener una frase de contraseña.</translation>
    </message>
    <message>
        <source>The secret given to --%1 is empty.</source>
        <translation>El secreto indicado en --%1 está vacío.</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Se canceló la sincronización.</translation>
    </message>
    <message>
        <source>The sync server is not available right now; try again later.</source>
        <translation>El servidor de sincronización no está disponible en este momento; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The sync server did not accept the sign-in; check the server user and password.</source>
        <translation>El servidor de sincronización no aceptó el inicio de sesión; compruebe el usuario y la contraseña del servidor.</translation>
    </message>
    <message>
        <source>The sync server is refusing requests for a while; try again later.</source>
        <translation>El servidor de sincronización está rechazando solicitudes durante un tiempo; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The sync server refused the request (HTTP status %1).</source>
        <translation>El servidor de sincronización rechazó la solicitud (estado HTTP %1).</translation>
    </message>
    <message>
        <source>The sync server refused the user name or password.</source>
        <translation>El servidor de sincronización rechazó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>The sync server refuses sign-ins for a while after too many failed attempts; try again later.</source>
        <translation>Tras demasiados intentos fallidos, el servidor de sincronización rechaza los inicios de sesión durante un tiempo; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The sync server no longer knows this replica&apos;s place in its change feed; a full resync is needed.</source>
        <translation>El servidor de sincronización ya no conoce la posición de esta réplica en su flujo de cambios; se necesita una resincronización completa.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Se canceló la sincronización.</translation>
    </message>
    <message>
        <source>The sync server changed while this replica was syncing; try again.</source>
        <translation>El servidor de sincronización cambió mientras esta réplica se sincronizaba; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>changes not yet sent to the server would be lost</source>
        <translation>se perderían cambios aún no enviados al servidor</translation>
    </message>
    <message>
        <source>that is more than half of this replica&apos;s patients</source>
        <translation>eso supone más de la mitad de los pacientes de esta réplica</translation>
    </message>
    <message numerus="yes">
        <source>The sync stopped before removing %n patient(s) whose care relationship ended on the server, because %1. Nothing of that page was applied.</source>
        <translation>
            <numerusform>La sincronización se detuvo antes de quitar %n paciente cuya relación asistencial terminó en el servidor, porque %1. No se aplicó nada de esa página.</numerusform>
            <numerusform>La sincronización se detuvo antes de quitar %n pacientes cuya relación asistencial terminó en el servidor, porque %1. No se aplicó nada de esa página.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Patient details</source>
        <translation>Datos del paciente</translation>
    </message>
    <message>
        <source>Clinical note</source>
        <translation>Nota clínica</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Twin state</source>
        <translation>Estado del gemelo</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Identificador del registro</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>Identificador del paciente</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <source>Diagnosed by</source>
        <translation>Diagnosticado por</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Code system</source>
        <translation>Sistema de codificación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Fecha de aparición</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Resuelto el</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observado</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Value (text)</source>
        <translation>Valor (texto)</translation>
    </message>
    <message>
        <source>RxNorm code</source>
        <translation>Código RxNorm</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>The server sent a reply this version cannot read.</source>
        <translation>El servidor envió una respuesta que esta versión no puede leer.</translation>
    </message>
</context>
<context>
    <name>TimelineData</name>
    <message>
        <source>Depression</source>
        <translation>Depresión</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Ansiedad</translation>
    </message>
    <message>
        <source>Anhedonia</source>
        <translation>Anhedonia</translation>
    </message>
    <message>
        <source>Insomnia</source>
        <translation>Insomnio</translation>
    </message>
    <message>
        <source>Serotonin</source>
        <translation>Serotonina</translation>
    </message>
    <message>
        <source>Dopamine</source>
        <translation>Dopamina</translation>
    </message>
    <message>
        <source>Norepinephrine</source>
        <translation>Noradrenalina</translation>
    </message>
    <message>
        <source>GABA</source>
        <translation>GABA</translation>
    </message>
    <message>
        <source>Glutamate</source>
        <translation>Glutamato</translation>
    </message>
    <message>
        <source>Acetylcholine</source>
        <translation>Acetilcolina</translation>
    </message>
    <message>
        <source>Global functioning</source>
        <translation>Funcionamiento global</translation>
    </message>
    <message>
        <source>Activity (%)</source>
        <translation>Actividad (%)</translation>
    </message>
    <message>
        <source>Social engagement (%)</source>
        <translation>Participación social (%)</translation>
    </message>
    <message>
        <source>Adherence (%)</source>
        <translation>Adherencia (%)</translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation>Riesgo suicida</translation>
    </message>
    <message>
        <source>Symptoms (fraction of maximum)</source>
        <translation>Síntomas (fracción del máximo)</translation>
    </message>
    <message>
        <source>Neurotransmitters (1 = baseline)</source>
        <translation>Neurotransmisores (1 = nivel basal)</translation>
    </message>
    <message>
        <source>Behaviour and function</source>
        <translation>Conducta y funcionamiento</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>%1 (predicted)</source>
        <translation>%1 (predicción)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Started %1 on %2</source>
        <translation>Inicio de %1 el %2</translation>
    </message>
    <message>
        <source>Stopped %1 on %2</source>
        <translation>Suspensión de %1 el %2</translation>
    </message>
    <message>
        <source>%1 on %2: total %3</source>
        <translation>%1 el %2: total %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Novamind Clinician: patients and digital twins on an encrypted replica.</source>
        <translation>Novamind Clinician: pacientes y gemelos digitales en una réplica cifrada.</translation>
    </message>
    <message>
        <source>The replica database file (its key slots are in PATH.keys).</source>
        <translation>El archivo de base de datos de la réplica (sus ranuras de clave están en RUTA.keys).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>Prefill the user id.</source>
        <translation>Rellenar de antemano el identificador de usuario.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>There is no replica at %1; create one with `novamindctl init --db %1 --user ID --passphrase-file FILE`.</source>
        <translation>No hay ninguna réplica en %1; cree una con `novamindctl init --db %1 --user ID --passphrase-file ARCHIVO`.</translation>
    </message>
    <message>
        <source>No display found: run it under a virtual display, e.g. `xvfb-run -a novamind --db %1`.</source>
        <translation>No se encontró ninguna pantalla: ejecútelo en una pantalla virtual, p. ej. `xvfb-run -a novamind --db %1`.</translation>
    </message>
    <message>
        <source>Unexpected argument %1; see novamind --help.</source>
        <translation>Argumento inesperado %1; consulte novamind --help.</translation>
    </message>
    <message>
        <source>The patient list did not load; run `novamindctl check` on the replica.</source>
        <translation>La lista de pacientes no se ha cargado; ejecute `novamindctl check` sobre la réplica.</translation>
    </message>
    <message>
        <source>Deployment check: unlock with --user and --passphrase-file, show the main window, print how many patients it lists and exit.</source>
        <translation>Comprobación de despliegue: desbloquear con --user y --passphrase-file, mostrar la ventana principal, indicar cuántos pacientes lista y salir.</translation>
    </message>
    <message>
        <source>With --smoke-test: the file holding the passphrase (- reads standard input).</source>
        <translation>Con --smoke-test: el archivo que contiene la frase de contraseña (- lee la entrada estándar).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>--smoke-test needs --user and --passphrase-file.</source>
        <translation>--smoke-test necesita --user y --passphrase-file.</translation>
    </message>
</context>
<context>
    <name>novamind</name>
    <message>
        <source>The replica database is damaged or does not belong to this key file.</source>
        <translation>La base de datos de la réplica está dañada o no corresponde a este archivo de claves.</translation>
    </message>
    <message>
        <source>The replica database is damaged: a page failed its integrity check.</source>
        <translation>La base de datos de la réplica está dañada: una página no superó la comprobación de integridad.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>El disco está lleno; no se ha guardado nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The replica could not be read or written because of a disk error.</source>
        <translation>No se pudo leer ni escribir la réplica debido a un error de disco.</translation>
    </message>
    <message>
        <source>The replica database file could not be opened.</source>
        <translation>No se pudo abrir el archivo de base de datos de la réplica.</translation>
    </message>
    <message>
        <source>The replica database is read-only; check the file&apos;s permissions.</source>
        <translation>La base de datos de la réplica es de solo lectura; compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <source>The replica is busy in another program; try again in a moment.</source>
        <translation>Otro programa está usando la réplica; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Out of memory while using the replica.</source>
        <translation>Memoria insuficiente al usar la réplica.</translation>
    </message>
    <message>
        <source>The change conflicts with data already in the replica.</source>
        <translation>El cambio entra en conflicto con datos que ya están en la réplica.</translation>
    </message>
    <message>
        <source>The replica database reported an error.</source>
        <translation>La base de datos de la réplica notificó un error.</translation>
    </message>
</context>
<context>
    <name>novamind::AssessmentForm</name>
    <message>
        <source>Assessment entry form</source>
        <translation>Formulario de registro de evaluación</translation>
    </message>
    <message>
        <source>The patient record has no sex of female or male; choose the cut-offs to use:</source>
        <translation>La historia del paciente no indica sexo femenino ni masculino; elija los puntos de corte que se usarán:</translation>
    </message>
    <message>
        <source>Cut-offs by sex</source>
        <translation>Puntos de corte por sexo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Female cut-offs</source>
        <translation>Puntos de corte para mujeres</translation>
    </message>
    <message>
        <source>Male cut-offs</source>
        <translation>Puntos de corte para hombres</translation>
    </message>
    <message>
        <source>Suicide risk alert</source>
        <translation>Alerta de riesgo suicida</translation>
    </message>
    <message>
        <source>I have assessed the risk and acted on it</source>
        <translation>He evaluado el riesgo y he actuado en consecuencia</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Close the form without saving; drafts saved earlier stay.</source>
        <translation>Cerrar el formulario sin guardar; los borradores guardados antes se conservan.</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Keep the answers on this device to finish later.</source>
        <translation>Conservar las respuestas en este dispositivo para terminar más tarde.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>Sign the assessment: it can no longer change and is sent to the server.</source>
        <translation>Firmar la evaluación: ya no podrá modificarse y se enviará al servidor.</translation>
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
        <translation>Ítem %1: %2, puntuación %3</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>No instrument is open.</source>
        <translation>No hay ningún instrumento abierto.</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidos</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>Total: —</translation>
    </message>
    <message>
        <source>Not enough answers for a total</source>
        <translation>No hay suficientes respuestas para calcular el total</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Total: %1 (prorated)</source>
        <translation>Total: %1 (prorrateado)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Item %1 indicates thoughts of self-harm. Assess suicide risk now and follow your local safety protocol.</source>
        <translation>El ítem %1 indica pensamientos de autolesión. Evalúe ahora el riesgo suicida y siga el protocolo de seguridad de su centro.</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Borrador guardado a las %1.</translation>
    </message>
    <message>
        <source>Too many items are unanswered for a total: answer the marked items before signing.</source>
        <translation>Hay demasiados ítems sin responder para calcular el total: responda los ítems marcados antes de firmar.</translation>
    </message>
    <message>
        <source>Answer the marked items before signing.</source>
        <translation>Responda los ítems marcados antes de firmar.</translation>
    </message>
    <message>
        <source>Acknowledge the suicide risk alert before signing.</source>
        <translation>Confirme la alerta de riesgo suicida antes de firmar.</translation>
    </message>
    <message>
        <source>Signed.</source>
        <translation>Firmada.</translation>
    </message>
    <message>
        <source>Item %1 (thoughts of self-harm) is unanswered. Ask it, or assess suicide risk another way, before signing.</source>
        <translation>El ítem %1 (pensamientos de autolesión) está sin responder. Pregúntelo, o evalúe el riesgo suicida de otro modo, antes de firmar.</translation>
    </message>
</context>
<context>
    <name>novamind::AssessmentHistoryModel</name>
    <message>
        <source>%1 (prorated)</source>
        <translation>%1 (prorrateado)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
</context>
<context>
    <name>novamind::AssessmentHistoryView</name>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrumento:</translation>
    </message>
    <message>
        <source>Instrument shown in the history</source>
        <translation>Instrumento mostrado en el historial</translation>
    </message>
    <message>
        <source>Signed assessments, newest first</source>
        <translation>Evaluaciones firmadas, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Chart of totals over time with severity bands</source>
        <translation>Gráfico de totales a lo largo del tiempo con bandas de gravedad</translation>
    </message>
    <message>
        <source>No signed %1 assessments for this patient yet.</source>
        <translation>Este paciente aún no tiene evaluaciones %1 firmadas.</translation>
    </message>
    <message>
        <source>%1 (prorated)</source>
        <translation>%1 (prorrateado)</translation>
    </message>
    <message>
        <source>%1
Total: %2
Severity: %3</source>
        <translation>%1
Total: %2
Gravedad: %3</translation>
    </message>
    <message>
        <source>%1 totals</source>
        <translation>Totales de %1</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Fecha de firma</translation>
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
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>Choose the instrument:</source>
        <translation>Elija el instrumento:</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumentos</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start the chosen assessment</source>
        <translation>Iniciar la evaluación elegida</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel choosing an instrument</source>
        <translation>Cancelar la elección de instrumento</translation>
    </message>
    <message>
        <source>&amp;Drafts:</source>
        <translation>&amp;Borradores:</translation>
    </message>
    <message>
        <source>Your unsigned drafts for this patient</source>
        <translation>Sus borradores sin firmar de este paciente</translation>
    </message>
    <message>
        <source>&amp;Open draft</source>
        <translation>Abrir borra&amp;dor</translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation>Abrir el borrador seleccionado</translation>
    </message>
    <message>
        <source>There is no instrument called “%1”.</source>
        <translation>No existe ningún instrumento llamado “%1”.</translation>
    </message>
    <message>
        <source>This draft uses an instrument this version does not have.</source>
        <translation>Este borrador usa un instrumento que esta versión no incluye.</translation>
    </message>
    <message>
        <source>That draft no longer exists.</source>
        <translation>Ese borrador ya no existe.</translation>
    </message>
    <message>
        <source>%1, started %2, %3 of %4 answered</source>
        <translation>%1, iniciado el %2, %3 de %4 respondidos</translation>
    </message>
    <message>
        <source>De&amp;lete draft</source>
        <translation>E&amp;liminar borrador</translation>
    </message>
    <message>
        <source>Delete the selected draft</source>
        <translation>Eliminar el borrador seleccionado</translation>
    </message>
    <message>
        <source>Click again to delete</source>
        <translation>Haga clic de nuevo para eliminar</translation>
    </message>
    <message>
        <source>Your organisation allows no assessment instruments for new assessments on this device.</source>
        <translation>Su organización no permite ningún instrumento para nuevas evaluaciones en este dispositivo.</translation>
    </message>
    <message>
        <source>Your organisation does not allow new %1 assessments on this device.</source>
        <translation>Su organización no permite nuevas evaluaciones %1 en este dispositivo.</translation>
    </message>
    <message>
        <source>%1 (no longer offered for new assessments)</source>
        <translation>%1 (ya no se ofrece para nuevas evaluaciones)</translation>
    </message>
    <message>
        <source>Your organisation no longer offers this instrument for new assessments. You can still finish and sign this draft, or delete it.</source>
        <translation>Su organización ya no ofrece este instrumento para nuevas evaluaciones. Aún puede terminar y firmar este borrador, o eliminarlo.</translation>
    </message>
</context>
<context>
    <name>novamind::BreakGlassDialog</name>
    <message>
        <source>Emergency access</source>
        <translation>Acceso de emergencia</translation>
    </message>
    <message>
        <source>Use emergency access only when a patient you do not care for needs you now. Your reason and every record you open are logged and reviewed.</source>
        <translation>Use el acceso de emergencia solo cuando un paciente que no está a su cargo le necesite ahora. Su motivo y cada historia que abra quedan registrados y se revisan.</translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation>Número de historia clínica</translation>
    </message>
    <message>
        <source>Reason for emergency access</source>
        <translation>Motivo del acceso de emergencia</translation>
    </message>
    <message>
        <source>e.g. Patient brought to the emergency department, treating clinician unavailable</source>
        <translation>p. ej. Paciente trasladado a urgencias, profesional responsable no disponible</translation>
    </message>
    <message>
        <source>Access lasts</source>
        <translation>Duración del acceso</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 horas</translation>
    </message>
    <message>
        <source>12 hours</source>
        <translation>12 horas</translation>
    </message>
    <message>
        <source>&amp;MRN:</source>
        <translation>&amp;MRN:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>M&amp;otivo:</translation>
    </message>
    <message>
        <source>Access &amp;lasts:</source>
        <translation>&amp;Duración del acceso:</translation>
    </message>
    <message>
        <source>&amp;Grant emergency access</source>
        <translation>&amp;Conceder acceso de emergencia</translation>
    </message>
    <message>
        <source>%1 of at least %2 characters</source>
        <translation>%1 de al menos %2 caracteres</translation>
    </message>
</context>
<context>
    <name>novamind::ConflictComparisonModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>This device — deleted</source>
        <translation>Este dispositivo — eliminado</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Server — deleted</source>
        <translation>Servidor — eliminado</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
</context>
<context>
    <name>novamind::ConflictDialog</name>
    <message>
        <source>Deleted on this device, changed on the server</source>
        <translation>Eliminado en este dispositivo, modificado en el servidor</translation>
    </message>
    <message>
        <source>Changed on this device, deleted on the server</source>
        <translation>Modificado en este dispositivo, eliminado en el servidor</translation>
    </message>
    <message>
        <source>Changed on this device and on the server</source>
        <translation>Modificado en este dispositivo y en el servidor</translation>
    </message>
    <message>
        <source>Sync conflicts and refused changes</source>
        <translation>Conflictos de sincronización y cambios rechazados</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Both versions, field by field</source>
        <translation>Ambas versiones, campo por campo</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Mantener mi versión</translation>
    </message>
    <message>
        <source>Send this device&apos;s version to the server, replacing the server&apos;s</source>
        <translation>Enviar la versión de este dispositivo al servidor, sustituyendo la del servidor</translation>
    </message>
    <message>
        <source>&amp;Take server&apos;s</source>
        <translation>&amp;Tomar la versión del servidor</translation>
    </message>
    <message>
        <source>Use the server&apos;s version and discard this device&apos;s change</source>
        <translation>Usar la versión del servidor y descartar el cambio de este dispositivo</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Send a version made of the field values ticked in the table</source>
        <translation>Enviar una versión compuesta por los valores marcados en la tabla</translation>
    </message>
    <message>
        <source>No conflicts: every change made here agrees with the server.</source>
        <translation>No hay conflictos: todos los cambios hechos aquí concuerdan con el servidor.</translation>
    </message>
    <message>
        <source>The server refused these changes. They stay on this device until you send them again; correct the record first if the server&apos;s answer asks you to.</source>
        <translation>El servidor rechazó estos cambios. Permanecen en este dispositivo hasta que los vuelva a enviar; corrija antes el registro si la respuesta del servidor se lo pide.</translation>
    </message>
    <message>
        <source>Changes refused by the server</source>
        <translation>Cambios rechazados por el servidor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>The server&apos;s answer</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Send the selected change again at the next sync</source>
        <translation>Volver a enviar el cambio seleccionado en la próxima sincronización</translation>
    </message>
    <message>
        <source>The replica is not open.</source>
        <translation>La réplica no está abierta.</translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation>Detectado el %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>No se indicó ningún motivo</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Conflictos (%1)</translation>
    </message>
    <message>
        <source>Re&amp;fused by the server (%1)</source>
        <translation>Rec&amp;hazados por el servidor (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n highlighted field(s) differ. To merge, tick the value to keep in each row.</source>
        <translation>
            <numerusform>%n campo resaltado difiere. Para fusionar, marque en cada fila el valor que desea conservar.</numerusform>
            <numerusform>%n campos resaltados difieren. Para fusionar, marque en cada fila el valor que desea conservar.</numerusform>
        </translation>
    </message>
    <message>
        <source>One side deleted the record, so the versions cannot be merged: keep yours or take the server&apos;s.</source>
        <translation>Una de las partes eliminó el registro, por lo que las versiones no se pueden fusionar: mantenga la suya o tome la del servidor.</translation>
    </message>
</context>
<context>
    <name>novamind::DeletePatientDialog</name>
    <message>
        <source>Delete patient</source>
        <translation>Eliminar paciente</translation>
    </message>
    <message>
        <source>Delete this patient?</source>
        <translation>¿Eliminar este paciente?</translation>
    </message>
    <message numerus="yes">
        <source>After %n day(s) the patient is removed from this device for good.</source>
        <translation>
            <numerusform>Después de %n día, el paciente se quita definitivamente de este dispositivo.</numerusform>
            <numerusform>Después de %n días, el paciente se quita definitivamente de este dispositivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The patient stays on this device until someone removes it for good.</source>
        <translation>El paciente permanece en este dispositivo hasta que alguien lo quite definitivamente.</translation>
    </message>
    <message>
        <source>The patient disappears from the patient list and from search on this device, for everyone in their care.</source>
        <translation>El paciente desaparece de la lista de pacientes y de la búsqueda en este dispositivo, para todos los que lo atienden.</translation>
    </message>
    <message>
        <source>The records stay on this device and on the server; changes not yet sent are still sent at the next sync.</source>
        <translation>Los registros permanecen en este dispositivo y en el servidor; los cambios aún no enviados se envían igualmente en la próxima sincronización.</translation>
    </message>
    <message>
        <source>You can restore the patient from Patient ▸ Deleted patients…</source>
        <translation>Puede restaurar el paciente desde Paciente ▸ Pacientes eliminados…</translation>
    </message>
    <message>
        <source>The deletion is recorded in the audit trail.</source>
        <translation>La eliminación queda registrada en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Reason for deleting the patient</source>
        <translation>Motivo para eliminar el paciente</translation>
    </message>
    <message>
        <source>Why is this patient being deleted? (for example: registered twice)</source>
        <translation>¿Por qué se elimina este paciente? (por ejemplo: registrado dos veces)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>M&amp;otivo:</translation>
    </message>
    <message>
        <source>&amp;Delete patient</source>
        <translation>&amp;Eliminar paciente</translation>
    </message>
    <message>
        <source>%1 characters; at most %2</source>
        <translation>%1 caracteres; como máximo %2</translation>
    </message>
    <message>
        <source>%1 of at least %2 characters</source>
        <translation>%1 de al menos %2 caracteres</translation>
    </message>
</context>
<context>
    <name>novamind::DeletedPatientsDialog</name>
    <message>
        <source>Deleted patients</source>
        <translation>Pacientes eliminados</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Eliminado por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>No patients have been deleted on this device.</source>
        <translation>No se ha eliminado ningún paciente en este dispositivo.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Show the patient in the patient list and search again</source>
        <translation>Volver a mostrar el paciente en la lista de pacientes y en la búsqueda</translation>
    </message>
    <message>
        <source>Remove for &amp;good…</source>
        <translation>Quitar &amp;definitivamente…</translation>
    </message>
    <message>
        <source>Remove the patient&apos;s records from this device and wipe them from its disk</source>
        <translation>Quitar los registros del paciente de este dispositivo y borrarlos de su disco</translation>
    </message>
</context>
<context>
    <name>novamind::FhirExportAction</name>
    <message>
        <source>Save the open patient&apos;s whole record as a FHIR R4 Bundle (JSON) for another system</source>
        <translation>Guardar el historial completo del paciente abierto como Bundle FHIR R4 (JSON) para otro sistema</translation>
    </message>
    <message>
        <source>Open a patient before exporting it as FHIR.</source>
        <translation>Abra un paciente antes de exportarlo como FHIR.</translation>
    </message>
    <message>
        <source>Export patient as FHIR R4</source>
        <translation>Exportar el paciente como FHIR R4</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>JSON FHIR (*.json)</translation>
    </message>
    <message>
        <source>Export as F&amp;HIR R4…</source>
        <translation>Exportar como F&amp;HIR R4…</translation>
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
        <translation>La réplica está bloqueada. Desbloquéela para continuar.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>Assessment signed; it will be sent at the next sync.</source>
        <translation>Evaluación firmada; se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Draft saved on this device.</source>
        <translation>Borrador guardado en este dispositivo.</translation>
    </message>
    <message>
        <source>Choose a patient from the list, or search with Ctrl+F.</source>
        <translation>Elija un paciente de la lista o búsquelo con Ctrl+F.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Replica &amp;information</source>
        <translation>&amp;Información de la réplica</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Close the replica and ask for the passphrase again</source>
        <translation>Cerrar la réplica y volver a pedir la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>&amp;Reload list</source>
        <translation>&amp;Recargar lista</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>&amp;Nueva evaluación</translation>
    </message>
    <message>
        <source>&amp;Emergency access…</source>
        <translation>Acceso de &amp;emergencia…</translation>
    </message>
    <message>
        <source>Open a patient outside your care relationships, with a logged reason</source>
        <translation>Abrir un paciente fuera de sus relaciones asistenciales, con un motivo que queda registrado</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Patient &amp;list</source>
        <translation>&amp;Lista de pacientes</translation>
    </message>
    <message>
        <source>Show or hide the patient list, to give the open patient the whole window</source>
        <translation>Mostrar u ocultar la lista de pacientes, para dedicar toda la ventana al paciente abierto</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Novamind Clinician</source>
        <translation>&amp;Acerca de Novamind Clinician</translation>
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
        <translation>Réplica desbloqueada como %1 (%2)</translation>
    </message>
    <message>
        <source>Novamind Clinician — locked</source>
        <translation>Novamind Clinician — bloqueada</translation>
    </message>
    <message>
        <source>Replica locked</source>
        <translation>Réplica bloqueada</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Replica&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;File&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Schema&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Created&lt;/td&gt;&lt;td&gt;%4 by version %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Signed in as&lt;/td&gt;&lt;td&gt;%6 (%7)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Réplica&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Archivo&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esquema&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Creada&lt;/td&gt;&lt;td&gt;%4 con la versión %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Sesión iniciada como&lt;/td&gt;&lt;td&gt;%6 (%7)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Replica information</source>
        <translation>Información de la réplica</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>SQLCipher %1 on SQLite %2</source>
        <translation>SQLCipher %1 sobre SQLite %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Novamind Clinician %1&lt;/h3&gt;&lt;p&gt;Patients, assessments and digital twins on an encrypted local replica.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Novamind Clinician %1&lt;/h3&gt;&lt;p&gt;Pacientes, evaluaciones y gemelos digitales en una réplica local cifrada.&lt;/p&gt;&lt;p&gt;Desarrollado con:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>About Novamind Clinician</source>
        <translation>Acerca de Novamind Clinician</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <source>Your organisation has turned off emergency access on this device; ask IT if you need it.</source>
        <translation>Su organización ha desactivado el acceso de emergencia en este dispositivo; consulte a TI si lo necesita.</translation>
    </message>
    <message>
        <source>Your organisation allows no assessment instruments for new assessments on this device.</source>
        <translation>Su organización no permite ningún instrumento para nuevas evaluaciones en este dispositivo.</translation>
    </message>
    <message>
        <source>The patient was exported as FHIR R4.</source>
        <translation>El paciente se ha exportado como FHIR R4.</translation>
    </message>
    <message>
        <source>Re&amp;move patient from this device…</source>
        <translation>&amp;Quitar el paciente de este dispositivo…</translation>
    </message>
    <message>
        <source>Delete the open patient&apos;s records from this device and wipe them from its disk; the server keeps them</source>
        <translation>Eliminar los registros del paciente abierto de este dispositivo y borrarlos de su disco; el servidor los conserva</translation>
    </message>
    <message>
        <source>The patient was removed from this device.</source>
        <translation>El paciente se ha quitado de este dispositivo.</translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation>E&amp;liminar paciente…</translation>
    </message>
    <message>
        <source>Hide the open patient from the patient list and search on this device, with a reason; it can be restored</source>
        <translation>Ocultar el paciente abierto de la lista de pacientes y de la búsqueda en este dispositivo, con un motivo; se puede restaurar</translation>
    </message>
    <message>
        <source>Deleted pa&amp;tients…</source>
        <translation>Pacientes eli&amp;minados…</translation>
    </message>
    <message>
        <source>Restore a deleted patient, or remove it from this device for good</source>
        <translation>Restaurar un paciente eliminado, o quitarlo definitivamente de este dispositivo</translation>
    </message>
    <message>
        <source>The patient was deleted on this device. Patient ▸ Deleted patients… restores it.</source>
        <translation>El paciente se eliminó en este dispositivo. Paciente ▸ Pacientes eliminados… lo restaura.</translation>
    </message>
</context>
<context>
    <name>novamind::PatientListModel</name>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Imminent</source>
        <translation>Inminente</translation>
    </message>
    <message>
        <source>Hidden for your role</source>
        <translation>Oculto para su rol</translation>
    </message>
    <message>
        <source>Suicide risk</source>
        <translation>Riesgo suicida</translation>
    </message>
    <message>
        <source>The latest PHQ-9 raised the suicide-risk flag.</source>
        <translation>El último PHQ-9 activó la alerta de riesgo suicida.</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translation>Última evaluación</translation>
    </message>
</context>
<context>
    <name>novamind::PatientListPanel</name>
    <message>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <source>Search name or MRN</source>
        <translation>Buscar por nombre o MRN</translation>
    </message>
    <message>
        <source>Diagnosis filter</source>
        <translation>Filtro de diagnóstico</translation>
    </message>
    <message>
        <source>ICD-10, e.g. F32</source>
        <translation>ICD-10, p. ej. F32</translation>
    </message>
    <message>
        <source>Patients with a diagnosis whose ICD-10 code starts with this</source>
        <translation>Pacientes con un diagnóstico cuyo código ICD-10 empieza por este texto</translation>
    </message>
    <message>
        <source>Risk level filter</source>
        <translation>Filtro de nivel de riesgo</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Cualquier riesgo</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Imminent</source>
        <translation>Inminente</translation>
    </message>
    <message>
        <source>No assessment for</source>
        <translation>Sin evaluación durante</translation>
    </message>
    <message>
        <source>Only patients overdue for an assessment</source>
        <translation>Solo pacientes con una evaluación vencida</translation>
    </message>
    <message>
        <source>Days without an assessment</source>
        <translation>Días sin evaluación</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>No patients</source>
        <translation>Ningún paciente</translation>
    </message>
    <message>
        <source>Number of patients</source>
        <translation>Número de pacientes</translation>
    </message>
    <message>
        <source>Patient list error</source>
        <translation>Error en la lista de pacientes</translation>
    </message>
    <message>
        <source>Unlock a replica to see your patients.</source>
        <translation>Desbloquee una réplica para ver sus pacientes.</translation>
    </message>
    <message>
        <source>No patients match your search or filters.</source>
        <translation>Ningún paciente coincide con su búsqueda o filtros.</translation>
    </message>
    <message>
        <source>No patients are available to you in this replica.</source>
        <translation>No tiene pacientes disponibles en esta réplica.</translation>
    </message>
    <message>
        <source>%1+ patients</source>
        <translation>%1+ pacientes</translation>
    </message>
    <message>
        <source>%1 patients</source>
        <translation>%1 pacientes</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 paciente</translation>
    </message>
</context>
<context>
    <name>novamind::PatientOverview</name>
    <message>
        <source>Patient overview error</source>
        <translation>Error en el resumen del paciente</translation>
    </message>
    <message>
        <source>Emergency access (break-glass): you have no care relationship with this patient. This access is time-limited, flagged and audited.</source>
        <translation>Acceso de emergencia (break-glass): usted no tiene relación asistencial con este paciente. Este acceso tiene un límite de tiempo, queda señalado y se audita.</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Acceso de emergencia</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex / gender</source>
        <translation>Sexo / género</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Equipo asistencial</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (%2 años)</translation>
    </message>
</context>
<context>
    <name>novamind::PatientWorkspace</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Patient identifiers</source>
        <translation>Identificadores del paciente</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Acceso de emergencia</translation>
    </message>
    <message>
        <source>Emergency access — every view is logged and reviewed</source>
        <translation>Acceso de emergencia — cada consulta queda registrada y se revisa</translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation>Historia del paciente</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation>&amp;Evaluaciones</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Cronología</translation>
    </message>
    <message>
        <source>MRN %1</source>
        <translation>MRN %1</translation>
    </message>
    <message numerus="yes">
        <source>born %1 (%n years)</source>
        <translation>
            <numerusform>F. nac. %1 (%n año)</numerusform>
            <numerusform>F. nac. %1 (%n años)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Imprimir informe…</translation>
    </message>
    <message>
        <source>Print this patient&apos;s report (identity, twin state, charts, assessments, medications)</source>
        <translation>Imprimir el informe de este paciente (identidad, estado del gemelo, gráficos, evaluaciones, medicación)</translation>
    </message>
    <message>
        <source>Export timeline as &amp;CSV…</source>
        <translation>Exportar cronología como &amp;CSV…</translation>
    </message>
    <message>
        <source>Open a patient before printing a report.</source>
        <translation>Abra un paciente antes de imprimir un informe.</translation>
    </message>
    <message>
        <source>Open a patient before exporting a report.</source>
        <translation>Abra un paciente antes de exportar un informe.</translation>
    </message>
    <message>
        <source>Open a patient before exporting the timeline.</source>
        <translation>Abra un paciente antes de exportar la cronología.</translation>
    </message>
    <message>
        <source>Patient report</source>
        <translation>Informe del paciente</translation>
    </message>
    <message>
        <source>Print patient report</source>
        <translation>Imprimir informe del paciente</translation>
    </message>
    <message>
        <source>Export patient report</source>
        <translation>Exportar informe del paciente</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Exportar cronología</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>E&amp;xport report as PDF…</source>
        <translation>E&amp;xportar informe como PDF…</translation>
    </message>
</context>
<context>
    <name>novamind::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Lock after inactivity, in minutes</source>
        <translation>Bloquear tras un periodo de inactividad, en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Novamind Clinician starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Novamind Clinician.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
    <message>
        <source>Lock &amp;after inactivity:</source>
        <translation>&amp;Bloquear tras inactividad:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Sync server address</source>
        <translation>Dirección del servidor de sincronización</translation>
    </message>
    <message>
        <source>https://sync.example.org</source>
        <translation>https://sync.example.org</translation>
    </message>
    <message>
        <source>Sync server user</source>
        <translation>Usuario del servidor de sincronización</translation>
    </message>
    <message>
        <source>Same as the replica user</source>
        <translation>El mismo que el usuario de la réplica</translation>
    </message>
    <message>
        <source>Extra trusted certificate authority file</source>
        <translation>Archivo de autoridades de certificación de confianza adicionales</translation>
    </message>
    <message>
        <source>Optional; the system&apos;s certificates are always trusted</source>
        <translation>Opcional; los certificados del sistema siempre son de confianza</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Pinned server key</source>
        <translation>Clave del servidor anclada</translation>
    </message>
    <message>
        <source>Optional: sha256//…</source>
        <translation>Opcional: sha256//…</translation>
    </message>
    <message>
        <source>Sync automatically every, in minutes</source>
        <translation>Sincronizar automáticamente cada, en minutos</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Solo cuando lo pida</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Archivo de &amp;CA:</translation>
    </message>
    <message>
        <source>&amp;Pin:</source>
        <translation>Clave a&amp;nclada:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sincronizar ca&amp;da:</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Archivo de autoridad de certificación</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Enter the sync server as an address like https://sync.example.org.</source>
        <translation>Introduzca el servidor de sincronización como una dirección del tipo https://sync.example.org.</translation>
    </message>
    <message>
        <source>Some settings are managed by your organisation.</source>
        <translation>Algunos ajustes los gestiona su organización.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy has errors; ask IT.</source>
        <translation>La directiva de su organización contiene errores; consulte a TI.</translation>
    </message>
    <message>
        <source>Set by your organisation (%1)</source>
        <translation>Establecido por su organización (%1)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
</context>
<context>
    <name>novamind::ServerPasswordDialog</name>
    <message>
        <source>Sign in to the sync server</source>
        <translation>Iniciar sesión en el servidor de sincronización</translation>
    </message>
    <message>
        <source>Novamind Clinician needs your password for the sync server %1. It is kept in memory until the session locks.</source>
        <translation>Novamind Clinician necesita su contraseña para el servidor de sincronización %1. Se conserva en memoria hasta que se bloquee la sesión.</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Sign in and sync</source>
        <translation>&amp;Iniciar sesión y sincronizar</translation>
    </message>
</context>
<context>
    <name>novamind::SyncController</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send this device&apos;s changes to the server and fetch everyone else&apos;s</source>
        <translation>Enviar los cambios de este dispositivo al servidor y obtener los de los demás</translation>
    </message>
    <message>
        <source>Sync with the server (F5)</source>
        <translation>Sincronizar con el servidor (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancelar la sincronización</translation>
    </message>
    <message>
        <source>Conflicts and &amp;refused changes…</source>
        <translation>Conflictos y cambios &amp;rechazados…</translation>
    </message>
    <message>
        <source>Resolve records changed both here and on the server, and retry refused changes</source>
        <translation>Resolver los registros modificados aquí y en el servidor, y reintentar los cambios rechazados</translation>
    </message>
    <message>
        <source>Sync is not set up: enter the server&apos;s address under File › Preferences.</source>
        <translation>La sincronización no está configurada: introduzca la dirección del servidor en Archivo › Preferencias.</translation>
    </message>
    <message>
        <source>Sync cancelled. What was sent or received before stays; the next sync continues.</source>
        <translation>Sincronización cancelada. Lo que ya se envió o recibió se conserva; la próxima sincronización continuará desde ahí.</translation>
    </message>
    <message>
        <source>Remove patients from this device?</source>
        <translation>¿Quitar pacientes de este dispositivo?</translation>
    </message>
    <message>
        <source>&amp;Remove them</source>
        <translation>&amp;Quitarlos</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message numerus="yes">
        <source>The server says you no longer have access to %n patient(s) on this device.</source>
        <translation>
            <numerusform>El servidor indica que ya no tiene acceso a %n paciente de este dispositivo.</numerusform>
            <numerusform>El servidor indica que ya no tiene acceso a %n pacientes de este dispositivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is every patient here: %1 of %2.</source>
        <translation>Son todos los pacientes de este dispositivo: %1 de %2.</translation>
    </message>
    <message>
        <source>That is %1 of the %2 patients here.</source>
        <translation>Son %1 de los %2 pacientes de este dispositivo.</translation>
    </message>
    <message>
        <source>Removing them loses work not yet sent to the server:</source>
        <translation>Al quitarlos se pierde trabajo aún no enviado al servidor:</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s)</source>
        <translation>
            <numerusform>%n cambio sin enviar</numerusform>
            <numerusform>%n cambios sin enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft assessment(s)</source>
        <translation>
            <numerusform>%n borrador de evaluación</numerusform>
            <numerusform>%n borradores de evaluación</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Remove them now? If you are not sure, choose Not now and ask your administrator; the sync stops and nothing is removed.</source>
        <translation>¿Quitarlos ahora? Si no está seguro, elija “Ahora no” y consulte a su administrador; la sincronización se detiene y no se quita nada.</translation>
    </message>
    <message numerus="yes">
        <source>Sync complete: %n change(s) sent</source>
        <translation>
            <numerusform>Sincronización completada: %n cambio enviado</numerusform>
            <numerusform>Sincronización completada: %n cambios enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n recibido</numerusform>
            <numerusform>%n recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve.</source>
        <translation>
            <numerusform>%n conflicto por resolver.</numerusform>
            <numerusform>%n conflictos por resolver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server.</source>
        <translation>
            <numerusform>%n cambio rechazado por el servidor.</numerusform>
            <numerusform>%n cambios rechazados por el servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) removed from this device.</source>
        <translation>
            <numerusform>%n paciente quitado de este dispositivo.</numerusform>
            <numerusform>%n pacientes quitados de este dispositivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bring back cleared patients</source>
        <translation>&amp;Traer de vuelta los pacientes retirados</translation>
    </message>
    <message>
        <source>Patients not opened for a while were cleared from this device to save space; the next sync fetches them again from the server</source>
        <translation>Los pacientes que no se abrieron en un tiempo se retiraron de este dispositivo para ahorrar espacio; la próxima sincronización los trae de nuevo del servidor</translation>
    </message>
    <message numerus="yes">
        <source>%n cleared patient(s) are back on this device.</source>
        <translation>
            <numerusform>%n paciente retirado ha vuelto a este dispositivo.</numerusform>
            <numerusform>%n pacientes retirados han vuelto a este dispositivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) not opened for a while were cleared from this device; Sync › Bring back cleared patients fetches them again.</source>
        <translation>
            <numerusform>%n paciente que no se abrió en un tiempo se retiró de este dispositivo; Sincronización › Traer de vuelta los pacientes retirados lo recupera.</numerusform>
            <numerusform>%n pacientes que no se abrieron en un tiempo se retiraron de este dispositivo; Sincronización › Traer de vuelta los pacientes retirados los recupera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novamind::SyncProgressWidget</name>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop this sync; what has been sent or received so far is kept</source>
        <translation>Detener esta sincronización; lo enviado o recibido hasta ahora se conserva</translation>
    </message>
    <message>
        <source>Signing in to the sync server…</source>
        <translation>Iniciando sesión en el servidor de sincronización…</translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2</source>
        <translation>Enviando cambios: %1 de %2</translation>
    </message>
    <message>
        <source>Sending changes: %1</source>
        <translation>Enviando cambios: %1</translation>
    </message>
    <message>
        <source>Pulling changes: %1, %2</source>
        <translation>Recibiendo cambios: %1, %2</translation>
    </message>
    <message>
        <source>Downloading everything again: %1, %2</source>
        <translation>Descargando todo de nuevo: %1, %2</translation>
    </message>
    <message>
        <source>Sending the audit trail: %1</source>
        <translation>Enviando el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Finishing: %1</source>
        <translation>Finalizando: %1</translation>
    </message>
    <message>
        <source>Connecting to the sync server…</source>
        <translation>Conectando con el servidor de sincronización…</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Deteniendo la sincronización…</translation>
    </message>
</context>
<context>
    <name>novamind::SyncStatusWidget</name>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Sync state unavailable</source>
        <translation>Estado de sincronización no disponible</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n cambio pendiente de envío</numerusform>
            <numerusform>%n cambios pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server</source>
        <translation>
            <numerusform>%n rechazado por el servidor</numerusform>
            <numerusform>%n rechazados por el servidor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rechazados por el servidor</translation>
    </message>
    <message>
        <source>Show the changes the server refused</source>
        <translation>Mostrar los cambios que rechazó el servidor</translation>
    </message>
    <message>
        <source>Show and resolve the conflicts</source>
        <translation>Mostrar y resolver los conflictos</translation>
    </message>
</context>
<context>
    <name>novamind::TimelineView</name>
    <message>
        <source>Twin timeline</source>
        <translation>Cronología del gemelo digital</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Restablecer zoom</translation>
    </message>
    <message>
        <source>Show the whole timeline (Home)</source>
        <translation>Mostrar toda la cronología (Inicio)</translation>
    </message>
    <message>
        <source>Show the twin state as of</source>
        <translation>Mostrar el estado del gemelo en la fecha de referencia</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Fecha de referencia:</translation>
    </message>
    <message>
        <source>No twin states are recorded for this patient.</source>
        <translation>No hay estados del gemelo registrados para este paciente.</translation>
    </message>
    <message>
        <source>Twin state as of the chosen time</source>
        <translation>Estado del gemelo en el momento elegido</translation>
    </message>
    <message>
        <source>%1 interval</source>
        <translation>Intervalo de %1</translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation>Inicio de medicación</translation>
    </message>
    <message>
        <source>Medication stopped</source>
        <translation>Suspensión de medicación</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Risk level: %1</source>
        <translation>Nivel de riesgo: %1</translation>
    </message>
    <message>
        <source>Risk level %1 from %2</source>
        <translation>Nivel de riesgo %1 desde %2</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Fecha de referencia</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>Drag or scroll to zoom, right-drag to pan, click for the state then.</source>
        <translation>Arrastre o desplace para ampliar, arrastre con el botón derecho para moverse, haga clic para ver el estado.</translation>
    </message>
    <message>
        <source>Drag across a chart or scroll to zoom; right-drag or the arrow keys pan; Home shows everything; a click shows the whole twin state at that time.</source>
        <translation>Arrastre sobre un gráfico o desplace para ampliar; arrastre con el botón derecho o use las flechas para moverse; Inicio muestra todo; un clic muestra el estado completo del gemelo en ese momento.</translation>
    </message>
    <message>
        <source>▲ medication started  ■ stopped  ○ assessment (score)  - - predicted, shaded: interval  │ as of</source>
        <translation>▲ medicación iniciada  ■ suspendida  ○ evaluación (puntuación)  - - predicción, sombreado: intervalo  │ a fecha</translation>
    </message>
    <message>
        <source>%1
Severity: %2</source>
        <translation>%1
Gravedad: %2</translation>
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
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Imminent</source>
        <translation>Inminente</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation>Inicio de medicación</translation>
    </message>
    <message>
        <source>Medication stopped</source>
        <translation>Suspensión de medicación</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Model confidence</source>
        <translation>Confianza del modelo</translation>
    </message>
    <message>
        <source>Symptoms (fraction of maximum)</source>
        <translation>Síntomas (fracción del máximo)</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>Depresión</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Ansiedad</translation>
    </message>
    <message>
        <source>Anhedonia</source>
        <translation>Anhedonia</translation>
    </message>
    <message>
        <source>Insomnia</source>
        <translation>Insomnio</translation>
    </message>
    <message>
        <source>Neurotransmitters (1 = baseline)</source>
        <translation>Neurotransmisores (1 = nivel basal)</translation>
    </message>
    <message>
        <source>Serotonin</source>
        <translation>Serotonina</translation>
    </message>
    <message>
        <source>Dopamine</source>
        <translation>Dopamina</translation>
    </message>
    <message>
        <source>Norepinephrine</source>
        <translation>Noradrenalina</translation>
    </message>
    <message>
        <source>GABA</source>
        <translation>GABA</translation>
    </message>
    <message>
        <source>Glutamate</source>
        <translation>Glutamato</translation>
    </message>
    <message>
        <source>Acetylcholine</source>
        <translation>Acetilcolina</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Social engagement</source>
        <translation>Participación social</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funcionamiento</translation>
    </message>
    <message>
        <source>Global functioning (0–100)</source>
        <translation>Funcionamiento global (0–100)</translation>
    </message>
    <message>
        <source>Medication adherence</source>
        <translation>Adherencia a la medicación</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Suicide risk (0–1)</source>
        <translation>Riesgo suicida (0–1)</translation>
    </message>
    <message>
        <source>Sources of this state</source>
        <translation>Fuentes de este estado</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>novamind::UnlockDialog</name>
    <message>
        <source>Unlock Novamind Clinician</source>
        <translation>Desbloquear Novamind Clinician</translation>
    </message>
    <message>
        <source>Unlock the replica</source>
        <translation>Desbloquear la réplica</translation>
    </message>
    <message>
        <source>Enter your user id and passphrase to unlock this device&apos;s patient replica.</source>
        <translation>Introduzca su identificador de usuario y su frase de contraseña para desbloquear la réplica de pacientes de este dispositivo.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation>Réplica: %1</translation>
    </message>
    <message>
        <source>Replica file</source>
        <translation>Archivo de la réplica</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Your user id on this replica</source>
        <translation>Su identificador de usuario en esta réplica</translation>
    </message>
    <message>
        <source>e.g. dr.ada</source>
        <translation>p. ej. dr.ada</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase that unlocks your key to this replica</source>
        <translation>La frase de contraseña que desbloquea su clave de esta réplica</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Unlocking stopped unexpectedly. Please try again.</source>
        <translation>El desbloqueo se detuvo de forma inesperada. Inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: you can try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos: puede volver a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados intentos fallidos: puede volver a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novamind::codec</name>
    <message>
        <source>The document is not a valid JSON object.</source>
        <translation>El documento no es un objeto JSON válido.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is missing.</source>
        <translation>Falta el campo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a string.</source>
        <translation>El campo &quot;%1&quot; debe ser una cadena de texto.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must not be empty.</source>
        <translation>El campo &quot;%1&quot; no debe estar vacío.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be one of %2.</source>
        <translation>El campo &quot;%1&quot; debe ser uno de estos valores: %2.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a date in the form YYYY-MM-DD.</source>
        <translation>El campo &quot;%1&quot; debe ser una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an ISO 8601 timestamp with a time zone, such as 2026-01-02T03:04:05.000Z.</source>
        <translation>El campo &quot;%1&quot; debe ser una marca de tiempo ISO 8601 con zona horaria, como 2026-01-02T03:04:05.000Z.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a number.</source>
        <translation>El campo &quot;%1&quot; debe ser un número.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a number from %2 to %3.</source>
        <translation>El campo &quot;%1&quot; debe ser un número entre %2 y %3.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a number of at least %2.</source>
        <translation>El campo &quot;%1&quot; debe ser un número mayor o igual que %2.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an integer.</source>
        <translation>El campo &quot;%1&quot; debe ser un número entero.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an integer from %2 to %3.</source>
        <translation>El campo &quot;%1&quot; debe ser un número entero entre %2 y %3.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an integer of at least %2.</source>
        <translation>El campo &quot;%1&quot; debe ser un número entero mayor o igual que %2.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an array.</source>
        <translation>El campo &quot;%1&quot; debe ser una matriz (array).</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an object.</source>
        <translation>El campo &quot;%1&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must not be earlier than &quot;%2&quot;.</source>
        <translation>El campo &quot;%1&quot; no debe ser anterior a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is required when &quot;%2&quot; is %3.</source>
        <translation>El campo &quot;%1&quot; es obligatorio cuando &quot;%2&quot; es %3.</translation>
    </message>
</context>
</TS>
