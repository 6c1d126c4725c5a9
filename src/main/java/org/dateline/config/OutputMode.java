package org.dateline.config;

/** What to do with an output folder that already holds files. */
public enum OutputMode {
  /** Refuse a non-empty folder: a previous run's tables are never replaced by accident. */
  FRESH,
  /** Replace Dateline's own files (tables, texts/, an unfinished run's progress); other files are left alone. */
  OVERWRITE,
  /** Continue the interrupted run recorded in the folder; on a new or empty folder, start one. */
  RESUME
}
