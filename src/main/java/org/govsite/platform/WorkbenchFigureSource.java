package org.govsite.platform;

import java.util.List;

import org.springframework.security.core.Authentication;

/** A module's figures for the 工作台 of the given user; none when the user has nothing there to watch. */
public interface WorkbenchFigureSource {

	List<WorkbenchFigure> figuresFor(Authentication user);
}
