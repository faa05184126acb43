package org.govsite.servicecatalog;

/** Whom a service item serves: 个人 (natural persons) or 法人 (legal persons). */
public enum ServiceTarget {

	PERSON, LEGAL_PERSON
}
