/** `PRAGMA application_id` of every campaign file: "UNDS" in ASCII. */
export const UNDERSIGNED_APPLICATION_ID = 0x554e4453;

/** The schema version that set the application id: older campaign files (1 to 3) carry 0 and are known by their tables. */
export const APPLICATION_ID_SCHEMA_VERSION = 4;
