package org.govsite.servicecatalog;

/**
 * A site's services as the annual website report counts them.
 *
 * @param items service items in its catalogue
 * @param fullyOnline of which handled fully online (全程网办)
 */
public record ServiceFigures(int items, int fullyOnline) {
}
