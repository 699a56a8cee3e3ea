package org.emdrill.insights;

/** One cell of the bank × dimension heat map: the mean score and how many scores it is over. */
public record HeatCell(double average, int count) {
}
